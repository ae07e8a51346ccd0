/**
 * "ASSKomm in Zahlen": every figure computed from the content, never typed by hand.
 *
 * Pure functions over the fields they read of town and agreement entries, so they work on Astro's entries
 * and on test data alike. The Landkreis of a municipality comes from its AGS through `districtOf` (the site passes
 * `districtOfAgs` from src/lib/geo/municipalities.ts, the tests a small table).
 */
import type { District } from '../../lib/geo/municipalities.ts';
import { AGREEMENT_KINDS } from '../agreements/schema.ts';
import type { AgreementEntry, TownEntry } from '../store.ts';
import { MILESTONE_KINDS, TOWN_KINDS } from '../towns/schema.ts';
import { agsOf } from '../towns/views.ts';
import { participatingAgs } from '../towns/participation.ts';

/** What the figures read of a town entry: a Pick of the schema's output, so a changed field reaches here. */
export type StatsTown = Pick<TownEntry, 'id'> & { data: Pick<TownEntry['data'], 'kind' | 'ags' | 'members' | 'milestones'> };

/** What the figures read of an agreement entry. */
export type StatsAgreement = Pick<AgreementEntry, 'id'> & {
  data: Pick<AgreementEntry['data'], 'kind' | 'date' | 'dateUncertain' | 'towns'>;
};

/** What the figures show of a Landkreis or Kreisfreie Stadt. */
export type StatsDistrict = Pick<District, 'ars' | 'name' | 'label'>;

export type DistrictOf = (ags: string) => StatsDistrict | undefined;

export interface Count {
  key: string;
  label: string;
  count: number;
}

function index(towns: StatsTown[]): Map<string, StatsTown> {
  return new Map(towns.map((t) => [t.id, t]));
}

/** Distinct municipalities (AGS) behind a list of town references. */
function municipalitiesOf(ids: string[], byId: Map<string, StatsTown>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const t = byId.get(id);
    if (t) for (const ags of agsOf(t, byId)) out.add(ags);
  }
  return out;
}

export interface Participation {
  /** Entries in the directory (towns and groups of towns). */
  entries: number;
  /** Entries by kind (Stadt, Gemeinde, Verwaltungsgemeinschaft, …), only kinds in use. */
  byKind: Count[];
  /** Distinct cities and municipalities taking part (src/model/towns/participation.ts). */
  municipalities: number;
  /** Cities and municipalities listed in the directory without a documented step of their own (a pilot, a contact). */
  listedOnly: number;
  /** Distinct cities and municipalities covered by at least one Kooperationsvereinbarung. */
  municipalitiesWithAgreement: number;
}

export function participation(towns: StatsTown[], agreements: StatsAgreement[]): Participation {
  const byId = index(towns);
  const all = municipalitiesOf(
    towns.map((t) => t.id),
    byId,
  );
  const taking = participatingAgs(towns, agreements);
  const covered = municipalitiesOf(
    agreements.filter((a) => a.data.kind === 'Kooperationsvereinbarung').flatMap((a) => a.data.towns.map((t) => t.id)),
    byId,
  );
  return {
    entries: towns.length,
    byKind: TOWN_KINDS.map((k) => ({
      key: k.value,
      label: k.label,
      count: towns.filter((t) => t.data.kind === k.value).length,
    })).filter((c) => c.count > 0),
    municipalities: taking.size,
    listedOnly: [...all].filter((a) => !taking.has(a)).length,
    municipalitiesWithAgreement: covered.size,
  };
}

/**
 * The sentence the directory and the map open with: how many take part by the one definition, how many more
 * are listed without counting, and that groups do not count twice.
 */
export function participationSentence(p: Pick<Participation, 'municipalities' | 'listedOnly'>): string {
  const taking = p.municipalities === 1 ? '1 Stadt oder Gemeinde hat' : `${p.municipalities} Städte und Gemeinden haben`;
  const listed =
    p.listedOnly === 0 ? '' : `; ${p.listedOnly} ${p.listedOnly === 1 ? 'weitere ist' : 'weitere sind'} nur aus einem Pilotprojekt oder einem ersten Kontakt bekannt und nicht mitgezählt`;
  return `${taking} einen eigenen ASSKomm-Schritt, wie auf dieser Website dokumentiert${listed}. Verbünde zählen nicht zusätzlich zu ihren Mitgliedern.`;
}

export interface AgreementCount extends Count {
  /** How many of them have no known date. */
  dateUnknown: number;
  /** How many have a date that is not certain. */
  dateUncertain: number;
}

/** Agreements by kind (Kooperationsvereinbarung, Vorvereinbarung), every kind listed. */
export function agreementsByKind(agreements: StatsAgreement[]): AgreementCount[] {
  return AGREEMENT_KINDS.map((k) => {
    const list = agreements.filter((a) => a.data.kind === k.value);
    return {
      key: k.value,
      label: k.label,
      count: list.length,
      dateUnknown: list.filter((a) => !a.data.date).length,
      dateUncertain: list.filter((a) => a.data.date && a.data.dateUncertain).length,
    };
  });
}

/** Town entries with each milestone (Modellkommune, Präventionsrat, …), every kind listed. */
export function milestoneCounts(towns: StatsTown[]): Count[] {
  return MILESTONE_KINDS.map((k) => ({
    key: k.value,
    label: k.label,
    count: towns.filter((t) => t.data.milestones.some((m) => m.kind === k.value)).length,
  }));
}

export interface YearRow {
  /** A year, or undefined for "Datum unbekannt" (always last). */
  year: number | undefined;
  /** Per agreement kind, in AGREEMENT_KINDS order. */
  byKind: number[];
  total: number;
}

/** Agreements signed per year, oldest first; those without a known date in a last row of their own. */
export function agreementsByYear(agreements: StatsAgreement[]): YearRow[] {
  const years = new Map<number | undefined, StatsAgreement[]>();
  for (const a of agreements) {
    const y = a.data.date ? Number(a.data.date.slice(0, 4)) : undefined;
    years.set(y, [...(years.get(y) ?? []), a]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a - b))
    .map(([year, list]) => ({
      year,
      byKind: AGREEMENT_KINDS.map((k) => list.filter((a) => a.data.kind === k.value).length),
      total: list.length,
    }));
}

export interface DistrictRow {
  district: StatsDistrict;
  /** Distinct municipalities of this district taking part (src/model/towns/participation.ts). */
  municipalities: number;
  /** Kooperationsvereinbarungen that concern at least one municipality of this district. */
  agreements: number;
  /** Town entries in this district with a prevention council. */
  preventionCouncils: number;
  /** Town entries in this district that are (or were) Modellkommune. */
  modelTowns: number;
}

/** Figures per Landkreis / Kreisfreie Stadt, only districts with participants, by name. */
export function byDistrict(towns: StatsTown[], agreements: StatsAgreement[], districtOf: DistrictOf): DistrictRow[] {
  const byId = index(towns);
  const districtsOf = (ids: string[]) => {
    const out = new Map<string, StatsDistrict>();
    for (const ags of municipalitiesOf(ids, byId)) {
      const d = districtOf(ags);
      if (d) out.set(d.ars, d);
    }
    return out;
  };
  const rows = new Map<string, DistrictRow>();
  const row = (d: StatsDistrict) => {
    const r = rows.get(d.ars) ?? { district: d, municipalities: 0, agreements: 0, preventionCouncils: 0, modelTowns: 0 };
    rows.set(d.ars, r);
    return r;
  };
  for (const ags of participatingAgs(towns, agreements)) {
    const d = districtOf(ags);
    if (d) row(d).municipalities += 1;
  }
  for (const a of agreements.filter((x) => x.data.kind === 'Kooperationsvereinbarung')) {
    for (const d of districtsOf(a.data.towns.map((t) => t.id)).values()) row(d).agreements += 1;
  }
  for (const t of towns) {
    const kinds = new Set(t.data.milestones.map((m) => m.kind));
    for (const d of districtsOf([t.id]).values()) {
      if (kinds.has('praeventionsrat')) row(d).preventionCouncils += 1;
      if (kinds.has('modellkommune')) row(d).modelTowns += 1;
    }
  }
  return [...rows.values()].sort((a, b) => a.district.name.localeCompare(b.district.name, 'de'));
}

export interface NumberedAgreement {
  id: string;
  data: { number?: number | undefined };
}

/** The agreement with the highest known running number: it shows how many agreements exist in total at least. */
export function highestNumber<A extends NumberedAgreement>(agreements: A[]): { agreement: A; number: number } | undefined {
  let best: { agreement: A; number: number } | undefined;
  for (const a of agreements) {
    const n = a.data.number;
    if (n !== undefined && (!best || n > best.number)) best = { agreement: a, number: n };
  }
  return best;
}
