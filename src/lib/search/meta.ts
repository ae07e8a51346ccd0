/**
 * What Pagefind needs to know about a content page, as HTML attributes to spread on the page's main
 * content element: `<article {...searchMeta('Artikel', { date })}>`. See docs/search.md for the contract.
 *
 * Pagefind reads filters, sort keys and metadata from attributes (`typ[data-pf-typ]`), which lets one element
 * carry all of them, several Landkreise included. (Inline values, `typ:Artikel`, may only come last in a
 * comma-separated list, so they cannot express several filters on one element.)
 */
import type { District } from '../geo/municipalities.ts';
import { formatPartialDate, yearOf } from '../format/dates.ts';
import { SORT_KEY } from './keys.ts';
import type { SearchKind } from '../../model/search-kinds.ts';

export interface SearchMetaOptions {
  /** The date the page is about (published, held, signed, started): "2023-08-09", "2023-08" or "2023". */
  date?: string | undefined;
  /** The date is only inferred; the result says "(nicht gesichert)". */
  dateUncertain?: boolean | undefined;
  /** The Landkreise (or kreisfreie Städte) the page concerns; duplicates are dropped. */
  districts?: readonly District[] | undefined;
}

/** Data attributes in the order Astro writes them; values are plain text, Astro escapes them. */
export type SearchAttributes = Record<string, string>;

/** How a Landkreis is named in the filter: as everywhere on the site, "Landkreis Görlitz", "Kreisfreie Stadt Leipzig". */
export function districtFilterValue(d: District): string {
  return d.label;
}

/** The attributes for the main content element of a content page; it becomes the indexed part of the page. */
export function searchMeta(kind: SearchKind, options: SearchMetaOptions = {}): SearchAttributes {
  const attrs: SearchAttributes = { 'data-pagefind-body': '', 'data-pf-typ': kind };
  const filters = ['typ[data-pf-typ]'];
  const meta: string[] = [];

  const year = yearOf(options.date);
  if (options.date && year !== undefined) {
    attrs['data-pf-jahr'] = String(year);
    attrs['data-pf-datum'] = options.date;
    attrs['data-pf-datum-text'] = formatPartialDate(options.date, options.dateUncertain ?? false);
    filters.push('jahr[data-pf-jahr]');
    meta.push('datum[data-pf-datum-text]', 'datum_iso[data-pf-datum]');
    attrs['data-pagefind-sort'] = `${SORT_KEY}[data-pf-datum]`;
  }

  const districts = [...new Set((options.districts ?? []).map(districtFilterValue))];
  districts.forEach((name, i) => {
    attrs[`data-pf-landkreis-${i + 1}`] = name;
    filters.push(`landkreis[data-pf-landkreis-${i + 1}]`);
  });

  attrs['data-pagefind-filter'] = filters.join(', ');
  if (meta.length > 0) attrs['data-pagefind-meta'] = meta.join(', ');
  return attrs;
}

/** For the page's `<h1>`: titles weigh more than body text (Pagefind's scale ends at 10). */
export const searchTitle: SearchAttributes = { 'data-pagefind-weight': '10' };

/** For parts of a content page that describe other entries (teaser lists, sources): left out of the index. */
export const searchIgnore: SearchAttributes = { 'data-pagefind-ignore': '' };
