/** A campaign page in the search: "Kampagne", sorted by its start, in the Landkreise of its towns. */
import type { SearchAttributes } from '../../lib/search/meta.ts';
import { districtsOfTowns, refIds, searchEntry } from '../search-entries.ts';
import type { CampaignEntry, Store } from '../store.ts';

export function searchForCampaign(s: Store, c: CampaignEntry): SearchAttributes {
  return searchEntry('campaigns', { date: c.data.start, districts: districtsOfTowns(s, refIds(c.data.towns)) });
}
