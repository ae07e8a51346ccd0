/**
 * A few things (browser tabs) shared by many checks that run at once: a check takes a free one or waits
 * until one is given back, and gives it back when done, also when it failed.
 */
export class Pool<T> {
  private readonly free: T[] = [];
  private readonly waiting: ((item: T) => void)[] = [];

  /** Adds an item, or gives it back: to the first check waiting, else to the free ones. */
  add(item: T): void {
    const next = this.waiting.shift();
    if (next) next(item);
    else this.free.push(item);
  }

  async use<R>(work: (item: T) => Promise<R>): Promise<R> {
    const item = this.free.pop() ?? (await new Promise<T>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(item);
    } finally {
      this.add(item);
    }
  }
}
