import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from '../../lib/content/reader.ts';
import { participation, participationSentence } from '../figures/counting.ts';
import { participatingAgs, type ParticipationAgreement, type ParticipationTown } from './participation.ts';

const ref = (id: string) => ({ collection: 'towns' as const, id });
const town = (id: string, o: { ags?: string; members?: string[]; milestones?: string[] } = {}) =>
  ({
    id,
    data: {
      kind: o.ags ? 'Stadt' : 'Verbund',
      ags: o.ags,
      members: (o.members ?? []).map(ref),
      milestones: (o.milestones ?? []).map((kind) => ({ kind, dateUncertain: false })),
    },
  }) as unknown as ParticipationTown & Parameters<typeof participation>[0][number];
const agreement = (...ids: string[]) =>
  ({ id: ids.join('-'), data: { kind: 'Kooperationsvereinbarung', towns: ids.map(ref), dateUncertain: false } }) as unknown as ParticipationAgreement &
    Parameters<typeof participation>[1][number];

describe('one definition of "takes part"', () => {
  const towns = [
    town('a', { ags: '1' }),
    town('b', { ags: '2' }),
    town('c', { ags: '3' }),
    town('pilot', { ags: '4' }),
    town('kontakt', { ags: '5', milestones: ['kontaktiert'] }),
    town('modell', { ags: '6', milestones: ['modellkommune'] }),
    town('bund', { members: ['b', 'c'] }),
    town('pilotverbund', { members: ['a', 'pilot'] }),
  ];
  const agreements = [agreement('a'), agreement('bund')];

  it('counts signing parties, members of a signing group and own steps; not a pilot or a contact only', () => {
    expect([...participatingAgs(towns, agreements)].sort()).toEqual(['1', '2', '3', '6']);
  });

  it('never counts a group on top of its members, and lists the others apart', () => {
    const p = participation(towns, agreements);
    expect(p.municipalities).toBe(4);
    expect(p.listedOnly).toBe(2);
    expect(participationSentence(p)).toBe(
      '4 Städte und Gemeinden haben einen eigenen ASSKomm-Schritt, wie auf dieser Website dokumentiert; 2 weitere sind nur aus einem Pilotprojekt oder einem ersten Kontakt bekannt und nicht mitgezählt. Verbünde zählen nicht zusätzlich zu ihren Mitgliedern.',
    );
    expect(participationSentence({ municipalities: 1, listedOnly: 0 })).toBe(
      '1 Stadt oder Gemeinde hat einen eigenen ASSKomm-Schritt, wie auf dieser Website dokumentiert. Verbünde zählen nicht zusätzlich zu ihren Mitgliedern.',
    );
  });
});

/** The content files as plain data (id from the file name), read without Astro. */
function read(folder: string) {
  const dir = path.resolve('content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), raw: parseYamlDocument(readFileSync(path.join(dir, f), 'utf8')).toJS() as Record<string, unknown> }));
}

describe('the figures of the real content', () => {
  it('count exactly the municipalities with an agreement or a step beyond first contact, read straight from the files', () => {
    const towns = read('towns');
    const agreements = read('agreements');
    const signed = new Set(agreements.flatMap((a) => a.raw.towns as string[]));
    const membersOf = new Map(towns.map((t) => [t.id, (t.raw.members as string[] | undefined) ?? []]));
    const steps = (raw: Record<string, unknown>) => ((raw.milestones as { kind: string }[] | undefined) ?? []).some((m) => m.kind !== 'kontaktiert');
    const expected = new Set<string>();
    for (const t of towns) {
      if (!signed.has(t.id) && !steps(t.raw)) continue;
      const ids = t.raw.ags ? [t.id] : membersOf.get(t.id)!;
      for (const id of ids) expected.add(String(towns.find((x) => x.id === id)!.raw.ags));
    }
    const asTowns = towns.map((t) => town(t.id, { ags: t.raw.ags as string | undefined, members: membersOf.get(t.id), milestones: ((t.raw.milestones as { kind: string }[] | undefined) ?? []).map((m) => m.kind) }));
    const asAgreements = agreements.map((a) => agreement(...(a.raw.towns as string[])));
    expect([...participatingAgs(asTowns, asAgreements)].sort()).toEqual([...expected].sort());
    const all = new Set(towns.filter((t) => t.raw.ags).map((t) => String(t.raw.ags)));
    expect(participation(asTowns, asAgreements).listedOnly).toBe([...all].filter((a) => !expected.has(a)).length);
  });
});
