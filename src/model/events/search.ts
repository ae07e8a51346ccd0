/** An event page in the search: "Termin", sorted by its day, in the Landkreis of its town. */
import type { SearchAttributes } from '../../lib/search/meta.ts';
import { districtsOfTowns, searchEntry } from '../search-entries.ts';
import type { EventEntry, Store } from '../store.ts';

export function searchForEvent(s: Store, e: EventEntry): SearchAttributes {
  return searchEntry('events', { date: e.data.date, districts: districtsOfTowns(s, e.data.town ? [e.data.town.id] : []) });
}
