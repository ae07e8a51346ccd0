/** An article page in the search: "Artikel", sorted by its date, in the Landkreise of the towns it names. */
import type { SearchAttributes } from '../../lib/search/meta.ts';
import { districtsOfTowns, refIds, searchEntry } from '../search-entries.ts';
import type { ArticleEntry, Store } from '../store.ts';

export function searchForArticle(s: Store, a: ArticleEntry): SearchAttributes {
  return searchEntry('articles', { date: a.data.date, districts: districtsOfTowns(s, refIds(a.data.towns)) });
}
