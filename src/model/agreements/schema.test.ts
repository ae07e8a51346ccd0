import { describe, expect, it } from 'vitest';
import { problems } from '../schema-test-tools.ts';
import { agreements } from './schema.ts';

const valid = {
  title: 'Kooperationsvereinbarung Heidenau',
  kind: 'Kooperationsvereinbarung',
  towns: ['heidenau'],
  date: '2023-08-09',
  signedBy: [{ person: 'juergen-opitz', role: 'Bürgermeister' }, { organisation: 'lpr' }],
  present: [{ description: 'die Bürgermeister der fünf Städte' }],
  sources: [{ title: 'Pressemitteilung des SMI' }],
};

describe('agreements: rules across fields', () => {
  it('accepts signers named by a person, an organisation or a description', () => {
    expect(problems(agreements, valid)).toEqual([]);
  });

  it('refuses a signer with only a role', () => {
    expect(problems(agreements, { ...valid, signedBy: [valid.signedBy[0], { role: 'Bürgermeister' }] })).toEqual([
      { path: ['signedBy', 1], message: 'Bitte eine Person, eine Organisation oder eine Beschreibung angeben.' },
    ]);
  });

  it('refuses someone present with nobody named', () => {
    expect(problems(agreements, { ...valid, present: [{}] })).toEqual([
      { path: ['present', 0], message: 'Bitte eine Person, eine Organisation oder eine Beschreibung angeben.' },
    ]);
  });

  it('accepts an uncertain date', () => {
    expect(problems(agreements, { ...valid, date: '2023', dateUncertain: true })).toEqual([]);
  });

  it('refuses "date uncertain" without a date', () => {
    expect(problems(agreements, { ...valid, date: undefined, dateUncertain: true })).toEqual([
      { path: ['dateUncertain'], message: 'gilt nur, wenn ein Datum eingetragen ist.' },
    ]);
  });
});
