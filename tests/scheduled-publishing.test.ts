/**
 * Scheduled publishing: an article dated after the build day (Berlin, BUILD_DATE in tests) is built but not
 * published. A fixture article is written into a throw-away copy of the project (never into content/), and the
 * copy is built twice: the day before the article's date and on its day.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject, removeDirs } from './support/project.ts';
import { readPage, sitemapPaths, TEST_SITE } from './quality/support/site.ts';

const ID = 'geplante-testmeldung';
const TITLE = 'Geplante Testmeldung für den Zeitplan';
const DAY = '2099-06-01';
const DAY_BEFORE = '2099-05-31';
const TOWN = 'chemnitz';
const ARTICLE = `---
title: ${TITLE}
genre: Pressemitteilung
date: "${DAY}"
lead: Diese Meldung gibt es nur in der Kopie des Projekts für den Test der geplanten Veröffentlichung.
towns:
  - ${TOWN}
---

Text der geplanten Testmeldung.
`;

function build(project: string, day: string): string {
  const out = mkdtempSync(path.join(os.tmpdir(), `asskomm-scheduled-${day}-`));
  buildSite(project, { OUT_DIR: out, BUILD_DATE: day, SITE_URL: TEST_SITE }, `Build mit BUILD_DATE=${day}`);
  return out;
}

/** The page addresses in Pagefind's index (its fragment files: gzip, a signature, then JSON). */
function searchUrls(out: string): string[] {
  const folder = path.join(out, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
}

const links = async (out: string, file: string) =>
  (await readPage(out, file)).querySelectorAll('main a').map((a) => a.getAttributeValue('href'));

const read = (out: string, file: string) => readFileSync(path.join(out, file), 'utf8');

describe(`an article dated ${DAY}`, () => {
  let project: string;
  const out: Record<string, string> = {};
  beforeAll(() => {
    project = copyProject('asskomm-scheduled-');
    writeFileSync(path.join(project, 'content', 'articles', `${ID}.mdx`), ARTICLE);
    out.before = build(project, DAY_BEFORE);
    out.on = build(project, DAY);
  }, 900_000);
  afterAll(() => {
    removeDirs(project, ...Object.values(out));
  });

  const page = `/aktuelles/${ID}/`;
  const cases: [string, string][] = [['before', `is absent when built on ${DAY_BEFORE}`], ['on', `is published when built on ${DAY}`]];
  for (const [when, title] of cases) {
    const present = when === 'on';
    it(`${title}: page, news list, home page, town page`, async () => {
      expect(readdirSync(path.join(out[when]!, 'aktuelles')).includes(ID)).toBe(present);
      expect((await links(out[when]!, 'aktuelles/index.html')).includes(page)).toBe(present);
      expect((await links(out[when]!, 'index.html')).includes(page)).toBe(present);
      expect((await links(out[when]!, `kommunen/${TOWN}/index.html`)).includes(page)).toBe(present);
    });

    it(`${title}: news feed, the town's feed, sitemap, search index`, () => {
      expect(read(out[when]!, 'aktuelles/feed.xml').includes(TITLE)).toBe(present);
      expect(read(out[when]!, `kommunen/${TOWN}/meldungen.xml`).includes(TITLE)).toBe(present);
      expect(sitemapPaths(out[when]!).includes(page)).toBe(present);
      expect(searchUrls(out[when]!).includes(page)).toBe(present);
    });
  }
});
