/** The figures of /zahlen/ from the content (see counting.ts for how each is counted). */
import { districtOfAgs } from '../../lib/geo/municipalities.ts';
import { agreementsByKind, agreementsByYear, byDistrict, highestNumber, milestoneCounts, participation } from './counting.ts';
import { loadStore } from '../store.ts';

export async function getStats() {
  const s = await loadStore();
  return {
    participation: participation(s.towns, s.agreements),
    agreementsByKind: agreementsByKind(s.agreements),
    agreementsTotal: s.agreements.length,
    milestones: milestoneCounts(s.towns),
    byYear: agreementsByYear(s.agreements),
    byDistrict: byDistrict(s.towns, s.agreements, districtOfAgs),
    highest: highestNumber(s.agreements),
  };
}
