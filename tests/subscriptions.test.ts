/**
 * Info days that reach parents: per-town and per-campaign calendars (ICS) and news feeds (RSS), linked on
 * the town and campaign pages, and the printable notice ("Aushang") of each event. Expected values come
 * from content/, never from the code under test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentEntries, type ArticleYaml, type EventYaml } from './support/content.ts';
import { launchBrowser, type Browser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { readPage, TEST_SITE } from './quality/support/site.ts';

const siteDir = inject('siteDir');
const BUILD_DATE = process.env.BUILD_DATE!;

const events = contentEntries<EventYaml>('events');
const articles = contentEntries<ArticleYaml>('articles').filter((a) => a.data.draft !== true);
const towns = contentEntries<{ name: string; members?: string[] }>('towns');
const campaigns = contentEntries<{ title: string }>('campaigns');
const organisations = new Map(contentEntries<{ name: string }>('organisations').map((o) => [o.id, o.data.name]));

/** A town's calendar holds its own events and those of the groups it belongs to (as its page lists them). */
const groupsOf = (id: string) => towns.filter((t) => t.data.members?.includes(id)).map((t) => t.id);
const subjects = [
  ...towns.map((t) => ({
    dir: `kommunen/${t.id}`,
    name: t.data.name,
    events: events.filter((e) => e.data.town && [t.id, ...groupsOf(t.id)].includes(e.data.town)),
    articles: articles.filter((a) => a.data.towns?.includes(t.id)),
  })),
  ...campaigns.map((c) => ({
    dir: `kampagnen/${c.id}`,
    name: c.data.title,
    events: events.filter((e) => e.data.campaign === c.id),
    articles: articles.filter((a) => a.data.campaigns?.includes(c.id)),
  })),
];
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(siteDir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('subscriptions per town and per campaign', () => {
  it('the content has subjects with events and with articles to test', () => {
    expect(subjects.some((s) => s.events.length > 0 && s.dir.startsWith('kommunen/'))).toBe(true);
    expect(subjects.some((s) => s.events.length > 0 && s.dir.startsWith('kampagnen/'))).toBe(true);
    expect(subjects.some((s) => s.articles.length > 0)).toBe(true);
  });

  it('each town and campaign page links both feeds with a how-to for phones', async () => {
    for (const s of subjects) {
      const main = (await readPage(siteDir, `${s.dir}/index.html`)).querySelector('main')!;
      const section = main.querySelector('#abonnieren')?.closest('section');
      expect(text(section?.querySelector('h2')?.textContent), s.dir).toBe('Im Kalender abonnieren');
      const links = section!.querySelectorAll('a').map((a) => a.getAttributeValue('href'));
      expect(links, s.dir).toEqual([`/${s.dir}/termine.ics`, `/${s.dir}/meldungen.xml`]);
      const howto = text(section!.querySelector('p')?.textContent);
      expect(howto).toMatch(/iPhone/);
      expect(howto).toMatch(/Android/);
    }
  });

  it('each calendar parses with ical.js and holds exactly its events, all-day on the Berlin date', () => {
    for (const s of subjects) {
      const comp = new ICAL.Component(ICAL.parse(read(`${s.dir}/termine.ics`)));
      expect(comp.getFirstPropertyValue('x-wr-calname'), s.dir).toContain(s.name);
      for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
      const got = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(got.map((e) => e.summary).sort(), s.dir).toEqual(s.events.map((e) => e.data.title).sort());
      for (const e of got) {
        const source = s.events.find((x) => x.data.title === e.summary)!;
        const d = source.data;
        if (d.startTime) {
          expect(e.startDate.zone.tzid).toBe('Europe/Berlin');
          expect(e.startDate.toString().slice(0, 16)).toBe(`${d.date}T${d.startTime}`);
        } else {
          expect(e.startDate.isDate).toBe(true);
          expect(e.startDate.toString()).toBe(d.date);
        }
        expect(e.description).toContain(`${TEST_SITE}/termine/${source.id}/`);
      }
    }
  });

  it('each news feed is RSS 2.0 in German with exactly its articles, dated midnight in Berlin', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${server.url}/`);
    for (const s of subjects) {
      const feed = await tab.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          version: doc.documentElement.getAttribute('version'),
          language: doc.querySelector('channel > language')?.textContent,
          link: doc.querySelector('channel > link')?.textContent,
          items: [...doc.querySelectorAll('item')].map((i) => ({
            title: i.querySelector('title')?.textContent,
            pubDate: i.querySelector('pubDate')?.textContent,
          })),
        };
      }, read(`${s.dir}/meldungen.xml`));
      expect(feed.error, s.dir).toBeNull();
      expect(feed.version).toBe('2.0');
      expect(feed.language).toBe('de-de');
      expect(feed.link).toBe(`${TEST_SITE}/${s.dir}/`);
      const expected = [...s.articles].sort((a, b) => b.data.date.localeCompare(a.data.date));
      expect(feed.items.map((i) => i.title), s.dir).toEqual(expected.map((a) => a.data.title));
      for (const [i, item] of feed.items.entries()) {
        const berlin = new Intl.DateTimeFormat('sv-SE', {
          timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
        }).format(new Date(item.pubDate!));
        expect(berlin).toBe(`${expected[i]!.data.date} 00:00`);
      }
    }
    await tab.close();
  });
});

describe('the printable notice of each event', () => {
  it('is linked from the event page', async () => {
    for (const e of events) {
      const main = (await readPage(siteDir, `termine/${e.id}/index.html`)).querySelector('main')!;
      const link = main.querySelectorAll('a').find((a) => a.getAttributeValue('href') === `/termine/${e.id}/aushang/`);
      expect(text(link?.textContent), e.id).toContain('Aushang');
    }
  });

  it('prints on exactly one A4 page with the facts, and its QR code leads to the event page', async () => {
    const tab = await browser.context.newPage();
    for (const e of events) {
      const d = e.data;
      await tab.goto(`${server.url}/termine/${e.id}/aushang/`);
      const main = text(await tab.locator('main').innerText());
      expect(main).toContain(d.title);
      expect(main).toContain(longDate(d.date));
      if (d.startTime) expect(main).toContain(d.startTime);
      else expect(main).toContain(d.date < BUILD_DATE ? 'Uhrzeit nicht bekannt' : 'Uhrzeit folgt');
      for (const part of [d.venue.name, d.venue.street, d.venue.postcode, d.venue.city]) if (part) expect(main).toContain(part);
      if (d.summary) expect(main).toContain(text(d.summary));
      expect(main).toContain(d.organiser ? organisations.get(d.organiser)! : 'nicht angegeben');

      const pdf = (await tab.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g), e.id).toHaveLength(1);
      // A4 is 595 × 842 points.
      expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 59[45][.\d]* 84[12][.\d]*\s*\]/);

      const png = await tab.locator('main svg').first().screenshot();
      const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
      expect(code?.data, e.id).toBe(`${TEST_SITE}/termine/${e.id}/`);
    }
    await tab.close();
  });
});
