/**
 * The kinds of page the search finds, in the order the type filter lists them. The singular is what a
 * result shows ("Artikel", "Kommune") and what the `typ` filter stores; the plural labels the checkbox.
 *
 * These are the collections' `labelSingular` and `label`, in the order of their `site.search.order`. The list is
 * written out because the search page's browser script imports it, and deriving it here would put every
 * schema (zod, the municipality list) into that script; search-kinds.test.ts holds it to the descriptions,
 * and searchKindOf() (search-entries.ts) only compiles while each searched collection's singular is listed.
 */
export const SEARCH_KINDS = [
  { value: 'Artikel', plural: 'Artikel' },
  { value: 'Kommune', plural: 'Kommunen' },
  { value: 'Person', plural: 'Personen' },
  { value: 'Kampagne', plural: 'Kampagnen' },
  { value: 'Termin', plural: 'Termine' },
  { value: 'Vereinbarung', plural: 'Vereinbarungen' },
] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number]['value'];

/** "Kommunen" for "Kommune"; an unknown value is returned as it is. */
export function kindPlural(value: string): string {
  return SEARCH_KINDS.find((k) => k.value === value)?.plural ?? value;
}

/** Position of a kind in the filter list; unknown values go last. */
export function kindOrder(value: string): number {
  const i = SEARCH_KINDS.findIndex((k) => k.value === value);
  return i === -1 ? SEARCH_KINDS.length : i;
}
