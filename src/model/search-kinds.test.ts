import { describe, expect, it } from 'vitest';
import { allCollections } from './registry.ts';
import { SEARCH_KINDS, kindOrder, kindPlural } from './search-kinds.ts';

describe('search kinds', () => {
  it('are the searched collections’ singular and plural labels, in the order their descriptions give', () => {
    const fromDescriptions = allCollections
      .flatMap((c) => (c.site && 'search' in c.site ? [{ order: c.site.search.order, value: c.labelSingular, plural: c.label }] : []))
      .sort((a, b) => a.order - b.order)
      .map(({ value, plural }) => ({ value, plural }));
    expect(SEARCH_KINDS).toEqual(fromDescriptions);
  });

  it('name the filter checkbox in the plural and sort unknown kinds last', () => {
    expect(kindPlural('Kommune')).toBe('Kommunen');
    expect(kindPlural('Unbekannt')).toBe('Unbekannt');
    expect(SEARCH_KINDS.map((k) => k.value).sort((a, b) => kindOrder(a) - kindOrder(b))).toEqual([
      'Artikel',
      'Kommune',
      'Person',
      'Kampagne',
      'Termin',
      'Vereinbarung',
    ]);
    expect(kindOrder('Seite')).toBe(SEARCH_KINDS.length);
  });
});
