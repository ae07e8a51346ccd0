import { describe, expect, it } from 'vitest';
import { diffTrees, withoutAllowed } from './tree-diff.ts';

const a = new Map([
  ['index.html', '1'],
  ['pagefind/pagefind-entry.json', '2'],
  ['pagefind/index/de_a.pf_index', '3'],
  ['nur-a.html', '4'],
]);
const b = new Map([
  ['index.html', '1'],
  ['pagefind/pagefind-entry.json', '9'],
  ['pagefind/index/de_b.pf_index', '3'],
  ['nur-b.html', '5'],
]);

describe('diffTrees', () => {
  it('lists changed files and files on one side only', () => {
    expect(diffTrees(a, b)).toEqual({
      changed: ['pagefind/pagefind-entry.json'],
      onlyInFirst: ['nur-a.html', 'pagefind/index/de_a.pf_index'],
      onlyInSecond: ['nur-b.html', 'pagefind/index/de_b.pf_index'],
    });
  });

  it('finds nothing in identical trees', () => {
    expect(diffTrees(a, new Map(a))).toEqual({ changed: [], onlyInFirst: [], onlyInSecond: [] });
  });
});

describe('withoutAllowed', () => {
  it('drops exact paths and prefixes ending in *', () => {
    expect(withoutAllowed(diffTrees(a, b), ['pagefind/*'])).toEqual({ changed: [], onlyInFirst: ['nur-a.html'], onlyInSecond: ['nur-b.html'] });
  });
});
