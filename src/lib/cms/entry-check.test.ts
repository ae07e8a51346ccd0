/**
 * The CMS's check before saving and the content check give the same verdict, with the same message, for
 * each rule about a single entry. Each case is written as the CMS writes files, checked by the content check
 * (validateContent on a project root holding only that file), and checked as the CMS checks it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CollectionName } from '../../model/fields.ts';
import { collectionDescriptions } from '../../model/registry.ts';
import { validateContent } from '../content/validate.ts';
import { buildEntryRules } from './config.ts';
import { buildIdentities, checkEntry, parseForPreview } from './entry-check.ts';
import { stringifyEntryFile } from './file-format.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const event = {
  title: 'Fachtag',
  kind: 'Fachtag',
  date: '2026-05-12',
  venue: { city: 'Pirna' },
  audience: [],
  sources: [],
};
const article = { title: 'Meldung', genre: 'Pressemitteilung', date: '2024-01-01', lead: 'Vorspann.', body: 'Text\n' };

const cases: [string, CollectionName, Record<string, unknown>][] = [
  ['an event ending before it starts', 'events', { ...event, startTime: '14:00', endTime: '13:00' }],
  ['an event with an end but no start', 'events', { ...event, endTime: '13:00' }],
  ['a 4-digit postcode', 'events', { ...event, venue: { city: 'Pirna', postcode: '0179' } }],
  ['a postcode with letters', 'events', { ...event, venue: { city: 'Pirna', postcode: 'O1796' } }],
  ['a title with <jetzt>', 'events', { ...event, title: 'Anmelden <jetzt>' }],
  ['a title with a right-to-left override', 'events', { ...event, title: 'Anmelden \u202Efdp.exe' }],
  ['a title with HTML', 'events', { ...event, title: 'Ein <b>fetter</b> Titel' }],
  ['a title of 161 characters', 'events', { ...event, title: 'x'.repeat(161) }],
  ['a time that is no time', 'events', { ...event, startTime: '25:00' }],
  ['a "Kurzmeldung" without sources', 'articles', { ...article, genre: 'Kurzmeldung' }],
  ['a valid event', 'events', { ...event, startTime: '14:00', endTime: '16:30', venue: { city: 'Pirna', postcode: '01796' } }],
  ['a valid article', 'articles', article],
];

/** The content check's problems of `probe` (with `others` of the same collection beside it, by id). */
async function contentCheck(collection: CollectionName, data: Record<string, unknown>, others: Record<string, Record<string, unknown>> = {}) {
  const c = collectionDescriptions[collection];
  const root = mkdtempSync(path.join(os.tmpdir(), 'asskomm-entry-check-'));
  roots.push(root);
  mkdirSync(path.join(root, c.folder), { recursive: true });
  const file = `${c.folder}/probe.${c.format}`;
  for (const [id, d] of [...Object.entries(others), ['probe', data] as const]) {
    writeFileSync(path.join(root, c.folder, `${id}.${c.format}`), stringifyEntryFile(d, buildEntryRules()[collection]!.fields, c.format));
  }
  return (await validateContent(root)).filter((p) => p.file === file).map((p) => ({ field: p.field, message: p.message }));
}

describe('the CMS checks an entry as the content check does', () => {
  for (const [name, collection, data] of cases) {
    it(name, async () => {
      const expected = await contentCheck(collection, data);
      const cms = checkEntry(collection, data).map((p) => ({ field: p.field, message: p.message }));
      expect(cms).toEqual(expected);
      if (name.startsWith('a valid')) expect(cms).toEqual([]);
      else expect(cms.length, 'the rule refuses it').toBeGreaterThan(0);
    });
  }

  it('names the field and never gives a length message for a short title with <jetzt> or a 4-digit postcode', () => {
    const jetzt = checkEntry('events', { ...event, title: 'Anmelden <jetzt>' });
    for (const p of jetzt) expect(p.message).not.toMatch(/höchstens/);
    const [postcode] = checkEntry('events', { ...event, venue: { city: 'Pirna', postcode: '0179' } });
    expect(postcode).toEqual({ field: 'venue.postcode', label: 'Ort › Postleitzahl', message: '„0179“ ist keine Postleitzahl: Sie hat genau 5 Ziffern.' });
    const [end] = checkEntry('events', { ...event, startTime: '14:00', endTime: '13:00' });
    expect(end).toMatchObject({ field: 'endTime', label: 'Ende', message: '(13:00 Uhr) liegt nicht nach dem Beginn (14:00 Uhr).' });
  });
});

describe('the CMS refuses a duplicate as the content check does', () => {
  it('an article with the title and day of one that exists, beside its title, with the same words', async () => {
    const existing = { id: 'a-vorhanden', file: 'content/articles/a-vorhanden.mdx' };
    const parsed = parseForPreview('articles', article);
    if (!parsed.ok) throw new Error(parsed.problem);
    const index = buildIdentities([{ collection: 'articles', ...existing, data: parsed.data }]);

    const expected = await contentCheck('articles', article, { [existing.id]: article });
    const cms = checkEntry('articles', article, { index }).map((p) => ({ field: p.field, message: p.message }));
    expect(cms).toEqual(expected);
    expect(cms).toEqual([{ field: 'title', message: expect.stringContaining(existing.file) }]);
    // Saving the existing one again is no duplicate; the same title on another day is another article.
    expect(checkEntry('articles', article, { index, id: existing.id })).toEqual([]);
    expect(checkEntry('articles', { ...article, date: '2024-01-02' }, { index })).toEqual([]);
  });
});

describe('parseForPreview', () => {
  it('gives the data as the components get it: references as { collection, id }', () => {
    expect(parseForPreview('events', { ...event, town: 'heidenau' })).toMatchObject({
      ok: true,
      data: { title: 'Fachtag', town: { collection: 'towns', id: 'heidenau' } },
    });
  });

  it('leaves the photo out (not saved yet; the CMS shows it itself) and still draws the rest', () => {
    const parsed = parseForPreview('articles', { ...article, hero: { src: 'x.jpg', alt: 'Bild', credit: '© LPR' } });
    expect(parsed).toMatchObject({ ok: true, data: { title: 'Meldung', lead: 'Vorspann.' } });
    expect(parsed.ok && Object.keys(parsed.data)).not.toContain('hero');
  });

  it('names what the build would refuse, in the content check words', () => {
    expect(parseForPreview('events', { ...event, startTime: '14:00', endTime: '13:00' })).toEqual({
      ok: false,
      problem: expect.stringMatching(/^„Ende“ /),
    });
  });
});
