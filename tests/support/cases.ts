/** Table-driven unit tests: what a function gives for each of a list of inputs. */
import { expect, it } from 'vitest';

/**
 * One test per case: `fn(input)` equals `expected`. `title` says what the cases show; each test's name adds
 * the case ("… : "index.html" → "public"").
 */
export function itMaps<I, O>(title: string, fn: (input: I) => O, cases: readonly (readonly [I, O])[]): void {
  it.each(cases.map(([input, expected]): [I, O] => [input, expected]))(`${title}: %j → %j`, (input, expected) => {
    expect(fn(input)).toEqual(expected);
  });
}
