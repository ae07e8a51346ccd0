/**
 * What every content type's search entry (src/model/<type>/search.ts) is built from: the kind named by the
 * collection description and the Landkreise of the towns an entry concerns. Pages spread the result on their
 * main content element:
 *
 *   <article {...searchForArticle(store, entry)}>
 *     <h1 {...searchTitle}>…</h1>
 */
import { districtsOfAgs, type District } from '../lib/geo/municipalities.ts';
import { searchMeta, type SearchAttributes, type SearchMetaOptions } from '../lib/search/meta.ts';
import type { Store } from './store.ts';
import { viewTown } from './towns/views.ts';
import type { SearchKind } from './search-kinds.ts';
import { collectionDescriptions, type CollectionDescriptions } from './registry.ts';

/** The collections whose entry pages the search finds (`site.search` in their descriptions). */
export type SearchedCollection = {
  [K in keyof CollectionDescriptions]: CollectionDescriptions[K]['site'] extends { search: object } ? K : never;
}[keyof CollectionDescriptions];

/** The search kind of a collection's entry pages: its singular label ("Termin"). */
export function searchKindOf(c: SearchedCollection): SearchKind {
  return collectionDescriptions[c].labelSingular;
}

/** The search attributes of an entry page of collection `c`. */
export function searchEntry(c: SearchedCollection, options: SearchMetaOptions = {}): SearchAttributes {
  return searchMeta(searchKindOf(c), options);
}

/** The Landkreise of the given towns (a group counts with its members' Landkreise), each once, by name. */
export function districtsOfTowns(s: Store, townIds: readonly string[]): District[] {
  const agsList = townIds.flatMap((id) => {
    const town = s.index.towns.get(id);
    return town ? viewTown(s, town).agsList : [];
  });
  return districtsOfAgs(agsList).sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

/** The ids of references ("towns: [heidenau, pirna]"). */
export const refIds = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
