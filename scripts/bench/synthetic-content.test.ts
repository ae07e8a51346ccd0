import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { itMaps } from '../../tests/support/cases.ts';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/reader.ts';
import { clamp, planFor, seeded, sentence, slugify, syntheticArticle, syntheticEvent, writeSyntheticContent } from './synthetic-content.ts';

describe('sentence', () => {
  it('is the same for the same seed and different for another', () => {
    expect(sentence(seeded(7))).toBe(sentence(seeded(7)));
    expect(sentence(seeded(7))).not.toBe(sentence(seeded(8)));
  });

  it('starts upper-case and ends with a full stop', () => {
    expect(sentence(seeded(1), ['Pirna'])).toMatch(/^\p{Lu}.*\.$/u);
  });
});

describe('clamp', () => {
  it('cuts at a word boundary and ends with a full stop', () => {
    expect(clamp('Eins zwei drei vier.', 12)).toBe('Eins zwei.');
    expect(clamp('Kurz.', 12)).toBe('Kurz.');
    expect(clamp('Eins zwei drei vier.', 12).length).toBeLessThanOrEqual(12);
  });
});

describe('slugify', () => {
  itMaps('writes umlauts and ß out, as the editors’ file names do', slugify, [
    ['Görlitz', 'goerlitz'],
    ['Weißwasser/O.L.', 'weisswasser-o-l'],
    ['Aue-Bad Schlema', 'aue-bad-schlema'],
  ]);
});

describe('planFor', () => {
  it('brings a town per 10 articles (no more than the geodata has) and an event per 5', () => {
    expect(planFor(1000, 400)).toEqual({ articles: 1000, towns: 100, events: 200 });
    expect(planFor(10_000, 370)).toEqual({ articles: 10_000, towns: 370, events: 2000 });
  });
});

describe('entries', () => {
  const towns = [
    { id: 'pirna', name: 'Pirna' },
    { id: 'heidenau', name: 'Heidenau' },
  ];

  it('writes an article with quoted date, known towns and a body with level-2 headings', () => {
    const article = syntheticArticle(3, towns, ['bench-termin-00000']);
    const { frontmatter: front, body } = splitFrontmatter(article.text);
    const data = parseYaml(front!) as { title: string; date: unknown; towns: string[]; lead: string };
    expect(typeof data.date).toBe('string');
    expect(data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.title.length).toBeLessThanOrEqual(140);
    expect(data.lead.length).toBeLessThanOrEqual(400);
    expect(towns.map((t) => t.id)).toEqual(expect.arrayContaining(data.towns));
    expect(body).toMatch(/^## /m);
    expect(body).not.toMatch(/^# /m);
  });

  it('gives every event its own title', () => {
    const titles = Array.from({ length: 2000 }, (_, i) => (parseYaml(syntheticEvent(i, towns[i % 2]!).text) as { title: string }).title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('keeps title and lead within the schema limits, also where long compounds pile up', () => {
    for (const i of [2179, 4650, 8894, ...Array.from({ length: 300 }, (_, k) => k)]) {
      const front = parseYaml(splitFrontmatter(syntheticArticle(i, towns, []).text).frontmatter!) as { title: string; lead: string };
      expect(front.title.length, `Artikel ${i}`).toBeLessThanOrEqual(140);
      expect(front.lead.length, `Artikel ${i}`).toBeLessThanOrEqual(400);
    }
  });

  it('writes an event whose end lies after its start', () => {
    const data = parseYaml(syntheticEvent(5, towns[0]!).text) as { startTime: string; endTime: string; town: string };
    expect(data.endTime > data.startTime).toBe(true);
    expect(data.town).toBe('pirna');
  });
});

describe('writeSyntheticContent', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asskomm-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds towns with unused AGS, events and articles next to the existing content', () => {
    mkdirSync(path.join(dir, 'content/towns'), { recursive: true });
    writeFileSync(path.join(dir, 'content/towns/pirna.yaml'), 'name: Pirna\nkind: Stadt\nags: "14628270"\n');
    const municipalities = [
      { ags: '14628270', name: 'Pirna', kind: 'Stadt' },
      { ags: '14628160', name: 'Heidenau', kind: 'Stadt' },
      { ags: '14522180', name: 'Pirna', kind: 'Gemeinde' },
    ];
    const written = writeSyntheticContent(dir, 20, municipalities);
    // A second „Pirna“ would repeat a town name, which the content check rejects: it stays out.
    expect(written.plan).toEqual({ articles: 20, towns: 1, events: 4 });
    expect(written.townIds).toEqual(['heidenau']);
    expect(readdirSync(path.join(dir, 'content/articles'))).toHaveLength(20);
    expect(readdirSync(path.join(dir, 'content/events'))).toHaveLength(4);
    const town = parseYaml(readFileSync(path.join(dir, 'content/towns/heidenau.yaml'), 'utf8')) as { ags: string; kind: string };
    expect(town).toMatchObject({ ags: '14628160', kind: 'Stadt' });
  });
});
