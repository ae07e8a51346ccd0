import { describe, expect, it } from 'vitest';
import { crossProblems, problems } from '../schema-test-tools.ts';
import { towns } from './schema.ts';

const heidenau = { name: 'Heidenau', kind: 'Stadt', ags: '14628160' };
const group = { name: 'Verwaltungsgemeinschaft Pirna', kind: 'Verwaltungsgemeinschaft', members: ['dohma', 'pirna'] };

describe('towns: rules across fields', () => {
  it('accepts a town with its AGS', () => {
    expect(problems(towns, heidenau)).toEqual([]);
  });

  it('accepts a name that begins with the official name (“Heidenau, Stadt”)', () => {
    expect(problems(towns, { ...heidenau, name: 'Heidenau (Sachsen)' })).toEqual([]);
  });

  it('refuses a town without its AGS', () => {
    expect(problems(towns, { ...heidenau, ags: undefined })).toEqual([
      { path: ['ags'], message: 'fehlt. Eine Stadt braucht ihren Amtlichen Gemeindeschlüssel (8 Ziffern).' },
    ]);
  });

  it('refuses an AGS that is not eight digits', () => {
    expect(problems(towns, { ...heidenau, ags: '1462816' })).toEqual([
      { path: ['ags'], message: '„1462816“ ist kein Gemeindeschlüssel: Er besteht aus genau 8 Ziffern.' },
    ]);
  });

  it('refuses an AGS that Saxony does not have', () => {
    expect(problems(towns, { ...heidenau, ags: '14628999' })).toEqual([
      {
        path: ['ags'],
        message: 'Den Gemeindeschlüssel 14628999 gibt es in den Geodaten für Sachsen nicht. Bitte mit dem amtlichen Verzeichnis vergleichen.',
      },
    ]);
  });

  it('refuses a name that does not match the AGS', () => {
    expect(problems(towns, { ...heidenau, name: 'Pirna' })).toEqual([
      { path: ['name'], message: '„Pirna“ passt nicht zum Gemeindeschlüssel 14628160, der zu „Heidenau“ gehört.' },
    ]);
  });

  it('accepts a group of two member towns without an AGS', () => {
    expect(problems(towns, group)).toEqual([]);
  });

  it('refuses a group with fewer than two members', () => {
    expect(problems(towns, { ...group, members: ['pirna'] })).toEqual([
      { path: ['members'], message: 'Ein Zusammenschluss (Verwaltungsgemeinschaft) braucht mindestens zwei Mitgliedskommunen.' },
    ]);
  });

  it('names a Städtebund or Verbund correctly too', () => {
    expect(problems(towns, { ...group, kind: 'Städtebund', members: ['pirna'] })).toEqual([
      { path: ['members'], message: 'Ein Zusammenschluss (Städtebund) braucht mindestens zwei Mitgliedskommunen.' },
    ]);
    expect(problems(towns, { ...group, kind: 'Verbund', members: ['pirna'] })).toEqual([
      { path: ['members'], message: 'Ein Zusammenschluss (Verbund mehrerer Kommunen) braucht mindestens zwei Mitgliedskommunen.' },
    ]);
  });

  it('refuses a group with an AGS of its own', () => {
    // Named like the municipality of that AGS, so that only this rule speaks.
    expect(problems(towns, { ...group, name: 'Heidenau', ags: '14628160' })).toEqual([
      { path: ['ags'], message: 'Ein Zusammenschluss (Verwaltungsgemeinschaft) hat keinen eigenen Gemeindeschlüssel; tragen Sie die Mitgliedskommunen ein.' },
    ]);
  });
});

describe('towns: rules across entries', () => {
  const pirna = { name: 'Pirna', kind: 'Stadt', ags: '14628270' };
  const dohma = { name: 'Dohma', kind: 'Gemeinde', ags: '14628070' };

  it('accepts towns with different AGS and a group of single towns', () => {
    expect(crossProblems(towns, { heidenau, pirna, dohma, vg: group })).toEqual([]);
  });

  it('refuses a second town with the same AGS, naming the first file', () => {
    expect(crossProblems(towns, { heidenau, 'heidenau-2': heidenau })).toEqual([
      {
        file: 'content/towns/heidenau-2.yaml',
        path: ['ags'],
        message: 'Diese Kommune gibt es schon: content/towns/heidenau.yaml hat denselben Gemeindeschlüssel 14628160. Bitte nur einen Eintrag je Kommune anlegen.',
      },
    ]);
  });

  it('refuses a group that is its own member', () => {
    expect(crossProblems(towns, { pirna, vg: { ...group, members: ['pirna', 'vg'] } })).toEqual([
      { file: 'content/towns/vg.yaml', path: ['members', 1], message: 'Eine Kommune kann nicht ihr eigenes Mitglied sein.' },
    ]);
  });

  it('refuses a group among the members of a group', () => {
    expect(crossProblems(towns, { pirna, dohma, vg: group, bund: { ...group, name: 'Bund', kind: 'Verbund', members: ['vg', 'pirna'] } })).toEqual([
      {
        file: 'content/towns/bund.yaml',
        path: ['members', 0],
        message: '„vg“ ist selbst ein Verbund. Mitglieder müssen einzelne Städte oder Gemeinden sein.',
      },
    ]);
  });
});
