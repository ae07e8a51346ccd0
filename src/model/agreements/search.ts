/** An agreement page in the search: "Vereinbarung", sorted by its date (marked when uncertain), in its towns' Landkreise. */
import type { SearchAttributes } from '../../lib/search/meta.ts';
import { districtsOfTowns, refIds, searchEntry } from '../search-entries.ts';
import type { AgreementEntry, Store } from '../store.ts';

export function searchForAgreement(s: Store, a: AgreementEntry): SearchAttributes {
  return searchEntry('agreements', {
    date: a.data.date,
    dateUncertain: a.data.dateUncertain,
    districts: districtsOfTowns(s, refIds(a.data.towns)),
  });
}
