import { describe, expect, it } from 'vitest';
import { problems } from '../schema-test-tools.ts';
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
