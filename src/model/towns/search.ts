/** A town page in the search: "Kommune", undated, in its Landkreise (a group in its members'). */
import type { SearchAttributes } from '../../lib/search/meta.ts';
import { searchEntry } from '../search-entries.ts';
import type { TownView } from './views.ts';

export function searchForTown(view: TownView): SearchAttributes {
  return searchEntry('towns', { districts: view.districts });
}
