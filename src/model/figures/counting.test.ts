import { describe, expect, it } from 'vitest';
import {
  agreementsByKind,
  agreementsByYear,
  byDistrict,
  highestNumber,
  milestoneCounts,
  participation,
  type StatsAgreement,
  type StatsDistrict,
  type StatsTown,
} from './counting.ts';

type TownData = StatsTown['data'];
type AgreementData = StatsAgreement['data'];

const town = (
  id: string,
  kind: TownData['kind'],
  ags?: string,
  members: string[] = [],
  milestones: TownData['milestones'][number]['kind'][] = [],
): StatsTown => ({
  id,
  data: {
    kind,
    ags,
    members: members.map((m) => ({ collection: 'towns', id: m })),
    milestones: milestones.map((k) => ({ kind: k, dateUncertain: false })),
  },
});
const agreement = (
  id: string,
  kind: AgreementData['kind'],
  towns: string[],
  date?: string,
  dateUncertain = false,
): StatsAgreement => ({
  id,
  data: { kind, date, dateUncertain, towns: towns.map((t) => ({ collection: 'towns', id: t })) },
});

// Two districts: 14628 (SOE) and 14626 (Görlitz).
const DISTRICTS: Record<string, StatsDistrict> = {
  '14628': { ars: '14628', name: 'Sächsische Schweiz-Osterzgebirge', label: 'Landkreis Sächsische Schweiz-Osterzgebirge' },
  '14626': { ars: '14626', name: 'Görlitz', label: 'Landkreis Görlitz' },
};
const districtOf = (ags: string) => DISTRICTS[ags.slice(0, 5)];

const towns = [
  town('heidenau', 'Stadt', '14628160', [], ['praeventionsrat']),
  town('pirna', 'Stadt', '14628270', [], ['modellkommune', 'praeventionsrat']),
  town('olbersdorf', 'Gemeinde', '14626400'),
  town('oybin', 'Gemeinde', '14626430'),
  town('vg-olbersdorf', 'Verwaltungsgemeinschaft', undefined, ['olbersdorf', 'oybin'], ['modellkommune']),
];
const agreements = [
  agreement('kv-heidenau', 'Kooperationsvereinbarung', ['heidenau'], '2023-08-09'),
  agreement('kv-vg', 'Kooperationsvereinbarung', ['vg-olbersdorf'], '2022', true),
  agreement('kv-pirna', 'Kooperationsvereinbarung', ['pirna']),
  agreement('vv-pirna', 'Vorvereinbarung', ['pirna'], '2021-05'),
];

describe('participation', () => {
  it('counts entries by kind and distinct municipalities, members of groups counted once', () => {
    const p = participation(towns, agreements);
    expect(p.entries).toBe(5);
    expect(p.byKind).toEqual([
      { key: 'Stadt', label: 'Stadt', count: 2 },
      { key: 'Gemeinde', label: 'Gemeinde', count: 2 },
      { key: 'Verwaltungsgemeinschaft', label: 'Verwaltungsgemeinschaft', count: 1 },
    ]);
    expect(p.municipalities).toBe(4);
    expect(p.municipalitiesWithAgreement).toBe(4);
  });

  it('counts only municipalities with a Kooperationsvereinbarung as covered, not a Vorvereinbarung', () => {
    const p = participation(towns, [agreement('vv', 'Vorvereinbarung', ['heidenau'])]);
    expect(p.municipalitiesWithAgreement).toBe(0);
  });
});

describe('agreementsByKind', () => {
  it('lists every kind with the number of unknown and uncertain dates', () => {
    expect(agreementsByKind(agreements)).toEqual([
      { key: 'Kooperationsvereinbarung', label: 'Kooperationsvereinbarung', count: 3, dateUnknown: 1, dateUncertain: 1 },
      { key: 'Vorvereinbarung', label: 'Vorvereinbarung', count: 1, dateUnknown: 0, dateUncertain: 0 },
    ]);
  });
});

describe('milestoneCounts', () => {
  it('counts entries per milestone kind, each entry once', () => {
    const c = Object.fromEntries(milestoneCounts(towns).map((x) => [x.key, x.count]));
    expect(c).toEqual({ kontaktiert: 0, modellkommune: 2, praeventionsrat: 2, coaching: 0, sicherheitsanalyse: 0 });
  });
});

describe('agreementsByYear', () => {
  it('groups by year oldest first and puts unknown dates last', () => {
    expect(agreementsByYear(agreements)).toEqual([
      { year: 2021, byKind: [0, 1], total: 1 },
      { year: 2022, byKind: [1, 0], total: 1 },
      { year: 2023, byKind: [1, 0], total: 1 },
      { year: undefined, byKind: [1, 0], total: 1 },
    ]);
  });
});

describe('byDistrict', () => {
  it('puts municipalities, agreements, councils and Modellkommunen under the district of their AGS', () => {
    const rows = byDistrict(towns, agreements, districtOf);
    expect(rows.map((r) => r.district.name)).toEqual(['Görlitz', 'Sächsische Schweiz-Osterzgebirge']);
    const [goerlitz, soe] = rows;
    expect(goerlitz).toMatchObject({ municipalities: 2, agreements: 1, preventionCouncils: 0, modelTowns: 1 });
    expect(soe).toMatchObject({ municipalities: 2, agreements: 2, preventionCouncils: 2, modelTowns: 1 });
  });
});

describe('highestNumber', () => {
  it('finds the agreement with the highest running number, or none', () => {
    const list = [
      { id: 'a', data: { number: 12 } },
      { id: 'b', data: {} },
      { id: 'c', data: { number: 53 } },
    ];
    expect(highestNumber(list)).toEqual({ agreement: list[2], number: 53 });
    expect(highestNumber([{ id: 'b', data: {} }])).toBeUndefined();
  });
});
