/** Table-driven unit tests: what a function gives for each of a list of arguments. */
import { expect, it } from 'vitest';

const show = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));

/**
 * One test per case: a case lists the arguments and, last, what `fn` gives for them (compared with toEqual).
 * `title` says what the cases show; each test's name adds its case ("…: "index.html" → "public"").
 */
export function itMaps<A extends unknown[], O>(title: string, fn: (...args: A) => O, cases: readonly (readonly [...A, O])[]): void {
  for (const c of cases) {
    const args = c.slice(0, -1) as A;
    const expected = c.at(-1) as O;
    it(`${title}: ${args.map(show).join(', ')} → ${show(expected)}`, () => {
      expect(fn(...args)).toEqual(expected);
    });
  }
}
