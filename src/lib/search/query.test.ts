import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  filterOptions,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  paramsFromState,
  stateFromParams,
  withUndatedLast,
  type SearchState,
} from './query.ts';

const state = (over: Partial<SearchState> = {}): SearchState => ({ q: 'Heidenau', filters: emptyFilters(), sort: 'relevanz', ...over });

describe('search state and address', () => {
  it('reads query, filters and sort from the address', () => {
    const s = stateFromParams(new URLSearchParams('q=+Heidenau+&typ=Artikel&typ=Termin&landkreis=Landkreis+G%C3%B6rlitz&sortierung=neueste'));
    expect(s).toEqual({
      q: 'Heidenau',
      filters: { typ: ['Artikel', 'Termin'], jahr: [], landkreis: ['Landkreis Görlitz'] },
      sort: 'neueste',
    });
  });

  it('ignores unknown sorts, empty and repeated values', () => {
    const s = stateFromParams(new URLSearchParams('sortierung=beliebt&jahr=&jahr=2023&jahr=2023'));
    expect(s.sort).toBe('relevanz');
    expect(s.filters.jahr).toEqual(['2023']);
    expect(s.q).toBe('');
  });

  it('writes a short address that reads back to the same state', () => {
    const s = state({ filters: { typ: ['Artikel'], jahr: [], landkreis: ['Landkreis Görlitz'] }, sort: 'aelteste' });
    const params = paramsFromState(s);
    expect(params.toString()).toBe('q=Heidenau&typ=Artikel&landkreis=Landkreis+G%C3%B6rlitz&sortierung=aelteste');
    expect(stateFromParams(params)).toEqual(s);
    expect(paramsFromState(state()).toString()).toBe('q=Heidenau');
  });
});

describe('Pagefind options', () => {
  it('combines values of one group with OR and groups with AND', () => {
    const s = state({ filters: { typ: ['Artikel', 'Termin'], jahr: ['2023'], landkreis: [] } });
    expect(pagefindFilters(s)).toEqual({ typ: { any: ['Artikel', 'Termin'] }, jahr: { any: ['2023'] } });
    expect(pagefindFilters(s, 'typ')).toEqual({ jahr: { any: ['2023'] } });
    expect(hasFilters(s)).toBe(true);
    expect(hasFilters(state())).toBe(false);
  });

  it('sorts by date only when asked', () => {
    expect(pagefindSort('relevanz')).toBeUndefined();
    expect(pagefindSort('neueste')).toEqual({ datum: 'desc' });
    expect(pagefindSort('aelteste')).toEqual({ datum: 'asc' });
  });

  it('keeps undated results after the dated ones when sorting by date', () => {
    const sorted = [{ id: 'b' }, { id: 'a' }];
    const relevance = [{ id: 'town' }, { id: 'a' }, { id: 'person' }, { id: 'b' }];
    expect(withUndatedLast(sorted, relevance).map((r) => r.id)).toEqual(['b', 'a', 'town', 'person']);
  });
});

describe('filterOptions', () => {
  const byName = (a: string, b: string) => a.localeCompare(b, 'de');

  it('shows values with results and keeps chosen ones even without', () => {
    const options = filterOptions(['Landkreis Görlitz', 'Landkreis Bautzen', 'Landkreis Meißen'], { 'Landkreis Görlitz': 2 }, ['Landkreis Meißen'], byName);
    expect(options).toEqual([
      { value: 'Landkreis Görlitz', count: 2, checked: false },
      { value: 'Landkreis Meißen', count: 0, checked: true },
    ]);
  });
});
