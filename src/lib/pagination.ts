/**
 * Splitting a list into numbered pages: page 1 lives at the list's own address, later pages below
 * "seite/": /aktuelles/, /aktuelles/seite/2/, /aktuelles/seite/3/ …
 */

export interface PageOf<T> {
  /** 1-based. */
  number: number;
  /** Number of pages in all (at least 1, so an empty list still has its page). */
  total: number;
  items: T[];
  /** Site path of this page (without the base). */
  path: string;
  prevPath?: string;
  nextPath?: string;
}

/** Name of page `n` of a list: the page link's label and the breadcrumb of a further page. */
export const pageLabel = (n: number) => `Seite ${n}`;

/** Where the reader is in a list of pages: "Seite 2 von 5". */
export const pageStatus = (n: number, total: number) => `Seite ${n} von ${total}`;

/** The address of page `n` of a list at `basePath` ("/aktuelles/"). */
export function pagePath(basePath: string, n: number): string {
  return n <= 1 ? basePath : `${basePath}seite/${n}/`;
}

export function paginate<T>(items: readonly T[], perPage: number, basePath: string): PageOf<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage muss eine positive ganze Zahl sein, nicht ${perPage}`);
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      number,
      total,
      items: items.slice(i * perPage, number * perPage),
      path: pagePath(basePath, number),
      prevPath: number > 1 ? pagePath(basePath, number - 1) : undefined,
      nextPath: number < total ? pagePath(basePath, number + 1) : undefined,
    };
  });
}

/**
 * The page numbers to offer as links: always the first and last, the current one and its neighbours;
 * `null` stands for a gap ("…"). 1 … 4 5 6 … 12
 */
export function pageWindow(current: number, total: number, around = 1): (number | null)[] {
  const keep = new Set<number>([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) keep.add(n);
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && n - prev > 2) out.push(null);
    out.push(n);
  });
  return out;
}
