/** Towns with what is derived from them: Landkreis (from the AGS), member municipalities, groups, status. */
import { districtsOfAgs, municipalityByAgs, type District, type Municipality } from '../../lib/geo/municipalities.ts';
import { comparePartialDates } from '../../lib/format/dates.ts';
import { loadStore, type AgreementEntry, type Store, type TownEntry } from '../store.ts';

export interface TownView {
  id: string;
  entry: TownEntry;
  name: string;
  /** The municipality of a Stadt/Gemeinde; undefined for groups. */
  municipality?: Municipality;
  /** One or more districts (a group may span several, in principle). */
  districts: District[];
  /** Member towns of a group (Verwaltungsgemeinschaft, Städtebund, Verbund). */
  members: TownEntry[];
  /** Groups this town belongs to. */
  groups: TownEntry[];
  /** AGS of every municipality this entry stands for: its own, or its members'. */
  agsList: string[];
}

/** What an entry's municipalities are read from: its own AGS and its members (a Pick of the town schema). */
export type MunicipalitySource = Pick<TownEntry, 'id'> & { data: Pick<TownEntry['data'], 'ags' | 'members'> };

/** AGS of the municipalities an entry stands for: its own, or its members'. */
export function agsOf<T extends MunicipalitySource>(town: T, byId: ReadonlyMap<string, T>): string[] {
  if (town.data.ags) return [town.data.ags];
  return town.data.members.flatMap((m) => {
    const member = byId.get(m.id);
    return member ? agsOf(member, byId) : [];
  });
}

export function viewTown(s: Store, town: TownEntry): TownView {
  const members = town.data.members.map((m) => s.index.towns.get(m.id)).filter((t): t is TownEntry => !!t);
  const groups = s.towns.filter((g) => g.data.members.some((m) => m.id === town.id));
  const municipality = town.data.ags ? municipalityByAgs(town.data.ags) : undefined;
  const agsList = agsOf(town, s.index.towns);
  return {
    id: town.id,
    entry: town,
    name: town.data.name,
    municipality,
    districts: districtsOfAgs(agsList),
    members,
    groups,
    agsList,
  };
}

export async function getTownViews(): Promise<TownView[]> {
  const s = await loadStore();
  return s.towns.map((t) => viewTown(s, t)).sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

export interface DistrictGroup {
  district: District;
  towns: TownView[];
}

/** Towns grouped by Landkreis (groups listed under each district they touch), districts by name. */
export function groupByDistrict(views: TownView[]): DistrictGroup[] {
  const groups = new Map<string, DistrictGroup>();
  for (const v of views) {
    for (const d of v.districts) {
      const g = groups.get(d.ars) ?? { district: d, towns: [] };
      g.towns.push(v);
      groups.set(d.ars, g);
    }
  }
  return [...groups.values()].sort((a, b) => a.district.name.localeCompare(b.district.name, 'de'));
}

/** Agreements that concern a town: its own and those of every group it belongs to. */
export function agreementsOfTown(s: Store, view: TownView): AgreementEntry[] {
  const ids = new Set([view.id, ...view.groups.map((g) => g.id)]);
  return s.agreements
    .filter((a) => a.data.towns.some((t) => ids.has(t.id)))
    .sort((a, b) => comparePartialDates(a.data.date, b.data.date));
}
