/** A person page in the search: "Person", undated, in the Landkreise of the agreements they signed or attended. */
import type { SearchAttributes } from '../../lib/search/meta.ts';
import { attendancesOf } from '../agreements/participants.ts';
import { districtsOfTowns, refIds, searchEntry } from '../search-entries.ts';
import type { PersonEntry, Store } from '../store.ts';

export function searchForPerson(s: Store, p: PersonEntry): SearchAttributes {
  const towns = attendancesOf(s, p.id).flatMap((x) => refIds(x.agreement.data.towns));
  return searchEntry('people', { districts: districtsOfTowns(s, towns) });
}
