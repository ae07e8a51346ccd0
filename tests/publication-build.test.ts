/**
 * A build for publication (a public https SITE_URL, as the deploy workflow sets it): with the operator data
 * empty it stops with the German list of every missing value; with made-up test values written into a copy's
 * settings (never into content/) it builds, and no built page holds a placeholder, an "Angabe fehlt" box or a
 * claim about whether a source is online.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELDS, PLACEHOLDER_PATTERN, isRequired, type OperatorField, type SettingsData } from '../src/model/settings/publication-check.ts';
import { contentEntries } from './support/content.ts';
import { copyProject, npmRun } from './support/project.ts';

const PUBLIC = { SITE_URL: 'https://lpr-test.github.io', BASE_PATH: '/asskomm/' };
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Test values only, in the copy's settings: obviously not real operator data. */
const FIXTURE = `operator:
  postalAddress: "Teststraße 1\\n01234 Testort"
  representative: Testperson (Vertretung)
  responsibleForContent: Testperson, Teststraße 1, 01234 Testort
  supervisoryAuthority: Testaufsichtsbehörde
privacy:
  dataProtectionOfficer: Testdatenschutzbeauftragte
  supervisoryAuthority: Testdatenschutzaufsicht
  hosting: Testhoster
  logRetention: sieben Testtage
  emailRetention: bis die Testanfrage erledigt ist
  editorLogin: Testanmeldedienst
  date: "2026-01-01"
accessibility:
  status: teilweise
  date: "2026-01-01"
  method: Testbewertung
  nonAccessible: Testinhalte
  enforcement: Testdurchsetzungsstelle
openData:
  licence: Testlizenz
`;

const AVAILABILITY = /nicht online verfügbar|ohne Internetadresse|nicht mehr online/i;

describe('a build for publication', () => {
  it('stops with empty operator fields and lists every missing value with file and field', () => {
    const dir = copyProject('asskomm-pub-empty-');
    copies.push(dir);
    const result = npmRun(dir, 'build', PUBLIC);
    expect(result.status).not.toBe(0);
    const out = `${result.stdout}\n${result.stderr}`;
    const settings = contentEntries('settings')[0]!.data as SettingsData;
    const missing = (Object.keys(OPERATOR_FIELDS) as OperatorField[]).filter((f) => {
      let v: unknown = settings;
      for (const k of f.split('.')) v = (v as Record<string, unknown> | undefined)?.[k];
      return v === undefined && isRequired(settings, f);
    });
    expect(missing.length).toBeGreaterThan(0);
    expect(out).toContain('content/settings/site.yaml – Feld „');
    for (const f of missing) expect(out).toContain(`(${f}): fehlt.`);
    expect(existsSync(path.join(dir, 'dist', 'index.html'))).toBe(false);
  });

  it('with the operator fields filled (test values in a copy), builds without placeholders or availability claims', () => {
    const dir = copyProject('asskomm-pub-full-');
    copies.push(dir);
    appendFileSync(path.join(dir, 'content/settings/site.yaml'), FIXTURE);
    const result = npmRun(dir, 'build', PUBLIC);
    expect(result.status, result.stderr).toBe(0);
    const dist = path.join(dir, 'dist');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const offending = pages.filter((f) => {
      const html = readFileSync(path.join(dist, f), 'utf8');
      return PLACEHOLDER_PATTERN.test(html) || AVAILABILITY.test(html) || html.includes('Angabe fehlt');
    });
    expect(offending).toEqual([]);
    expect(readFileSync(path.join(dist, 'impressum/index.html'), 'utf8')).toContain('Testperson (Vertretung)');
    expect(existsSync(path.join(dist, 'admin/decap-cms.js'))).toBe(false);
  });
});
