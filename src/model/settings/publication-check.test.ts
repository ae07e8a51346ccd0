import { describe, expect, it } from 'vitest';
import { problems } from '../schema-test-tools.ts';
import { settings } from './schema.ts';
import {
  missingOperatorFields,
  OPERATOR_FIELDS,
  operatorFieldLabel,
  operatorValue,
  publicationProblems,
  SETTINGS_FILE,
  type OperatorField,
  type SettingsData,
} from './publication-check.ts';

const base = {
  siteName: 'Website',
  shortName: 'Kurz',
  navigation: [{ label: 'Kommunen', href: '/kommunen/' }],
} as SettingsData;

/** Settings with every operator field filled with an obviously made-up test value. */
const complete = {
  ...base,
  publisher: 'Testherausgeber',
  contactEmail: 'test@example.org',
  operator: {
    postalAddress: 'Teststraße 1\n01234 Testort',
    representative: 'Test Person',
    responsibleForContent: 'Test Person, Teststraße 1, 01234 Testort',
    supervisoryAuthority: 'Testaufsicht',
  },
  privacy: {
    dataProtectionOfficer: 'Testbeauftragte',
    supervisoryAuthority: 'Testdatenschutzaufsicht',
    hosting: 'Testhoster',
    logRetention: 'sieben Tage',
    emailRetention: 'bis die Anfrage erledigt ist',
    editorLogin: 'Testanmeldedienst',
    date: '2026-01-01',
  },
  accessibility: { status: 'teilweise', date: '2026-01-01', method: 'Selbstbewertung', nonAccessible: 'Test', enforcement: 'Teststelle' },
  openData: { licence: 'Testlizenz' },
} as SettingsData;

const withSettings = (data: SettingsData) => new Map([[`settings/site`, data]]);

describe('operator data required for publication', () => {
  it('every listed field exists in the settings schema with a CMS label', () => {
    for (const field of Object.keys(OPERATOR_FIELDS) as OperatorField[]) expect(operatorFieldLabel(field)).not.toBe('');
  });

  it('the test values pass the settings schema, and so do settings without any operator data', () => {
    expect(problems(settings, complete)).toEqual([]);
    expect(problems(settings, base)).toEqual([]);
  });

  it('complete settings miss nothing', () => {
    expect(missingOperatorFields(complete)).toEqual([]);
    expect(publicationProblems([], withSettings(complete))).toEqual([]);
  });

  it('empty settings miss every required field, each named by file, field and CMS label', () => {
    const found = publicationProblems([], withSettings(base));
    const required = (Object.keys(OPERATOR_FIELDS) as OperatorField[]).filter((f) => !('required' in OPERATOR_FIELDS[f]) || f === 'accessibility.nonAccessible');
    expect(found.map((p) => p.field)).toEqual(required);
    for (const p of found) expect(p.file).toBe(SETTINGS_FILE);
    const address = found.find((p) => p.field === 'operator.postalAddress')!;
    expect(address.fieldLabel).toBe('Anbieter der Website (Impressum) › Postanschrift');
    expect(address.message).toContain('„Impressum“');
    expect(address.message).toContain('nicht veröffentlicht');
  });

  it('a fully accessible site needs no list of inaccessible content', () => {
    const full = { ...complete, accessibility: { ...complete.accessibility, status: 'vollstaendig', nonAccessible: undefined } } as SettingsData;
    expect(missingOperatorFields(full)).toEqual([]);
    const partial = { ...full, accessibility: { ...full.accessibility, status: 'teilweise' } } as SettingsData;
    expect(missingOperatorFields(partial)).toEqual(['accessibility.nonAccessible']);
  });

  it('shows a select value by its German label', () => {
    expect(operatorValue(complete, 'accessibility.status')).toBe('teilweise vereinbar');
    expect(operatorValue(base, 'operator.postalAddress')).toBeUndefined();
  });

  it('refuses a content file that still holds a placeholder', () => {
    const files = [
      { collection: 'pages', id: 'impressum', file: 'content/pages/impressum.mdx', data: { title: 'Impressum' }, body: '**[Platzhalter für die Redaktion: Anschrift]**' },
      { collection: 'pages', id: 'kontakt', file: 'content/pages/kontakt.mdx', data: { title: 'Kontakt' }, body: 'Schreiben Sie uns.' },
    ];
    const found = publicationProblems(files, withSettings(complete));
    expect(found.map((p) => p.file)).toEqual(['content/pages/impressum.mdx']);
    expect(found[0]!.message).toContain('Platzhalter');
  });
});
