/**
 * The state of the search page and how it maps to the address (so results can be shared) and to
 * Pagefind's search options. Pure: the page script (src/components/search/search-page.ts) does the DOM.
 *
 * Within one filter group the chosen values are alternatives (Artikel OR Termin); groups combine
 * (Artikel AND Landkreis Görlitz).
 */
import { FILTER_KEYS, SORT_KEY, type FilterKey } from './keys.ts';

export const SORTS = [
  { value: 'relevanz', label: 'Relevanz' },
  { value: 'neueste', label: 'Neueste zuerst' },
  { value: 'aelteste', label: 'Älteste zuerst' },
] as const;
export type SortValue = (typeof SORTS)[number]['value'];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortValue;
}

export const emptyFilters = (): Record<FilterKey, string[]> => ({ typ: [], jahr: [], landkreis: [] });

/** A sort value from the address or the select; anything unknown means relevance. */
export function parseSort(v: string | null): SortValue {
  return SORTS.find((s) => s.value === v)?.value ?? 'relevanz';
}

/** Reads `?q=Heidenau&typ=Artikel&landkreis=…&sortierung=neueste`. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
  return { q: (params.get('q') ?? '').trim(), filters, sort: parseSort(params.get('sortierung')) };
}

/** The address parameters for a state; empty parts are left out. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key]) params.append(key, v);
  if (state.sort !== 'relevanz') params.set('sortierung', state.sort);
  return params;
}

export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

/** Pagefind filters for the state, optionally leaving one group out (to count that group's values). */
export function pagefindFilters(state: SearchState, without?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FILTER_KEYS) {
    if (key !== without && state.filters[key].length > 0) out[key] = { any: state.filters[key] };
  }
  return out;
}

export function pagefindSort(sort: SortValue): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'neueste') return { [SORT_KEY]: 'desc' };
  if (sort === 'aelteste') return { [SORT_KEY]: 'asc' };
  return undefined;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((k) => state.filters[k].length > 0);
}

/**
 * Pagefind leaves pages without a sort key (towns, people, undated entries) out of a sorted search.
 * They are kept here, after the dated ones, in order of relevance.
 */
export function withUndatedLast<T extends { id: string }>(sorted: readonly T[], byRelevance: readonly T[]): T[] {
  const seen = new Set(sorted.map((r) => r.id));
  return [...sorted, ...byRelevance.filter((r) => !seen.has(r.id))];
}

export interface FilterOption {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * The options of one filter group: every value the index knows, with the number of results it would give
 * together with the other groups' choices. Values without results are left out unless chosen.
 */
export function filterOptions(
  all: readonly string[],
  counts: Readonly<Record<string, number>>,
  chosen: readonly string[],
  order: (a: string, b: string) => number,
): FilterOption[] {
  return [...new Set([...all, ...chosen])]
    .map((value) => ({ value, count: counts[value] ?? 0, checked: chosen.includes(value) }))
    .filter((o) => o.count > 0 || o.checked)
    .sort((a, b) => order(a.value, b.value));
}
