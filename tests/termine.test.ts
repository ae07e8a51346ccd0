/**
 * The calendar part of the site as a visitor gets it: /termine/, the event pages, their calendar files and
 * the subscription calendar. Expected values come from content/events/*.yaml, never from the code under test.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentEntries, type EventYaml } from './support/content.ts';
import { buildSite, copyProject, removeDirs } from './support/project.ts';
import { readPage } from './quality/support/site.ts';
import { launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';

const siteDir = inject('siteDir');
/** The day the shared test build was made for (vitest.config.ts pins it). */
const BUILD_DATE = process.env.BUILD_DATE!;

const events = contentEntries<EventYaml>('events');
const HEIDENAU = 'infotag-schulabsentismus-heidenau-2023';
const heidenau = events.find((e) => e.id === HEIDENAU)!;

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const read = (file: string, dir = siteDir) => readFileSync(path.join(dir, file), 'utf8');

function calendar(file: string, dir = siteDir) {
  const comp = new ICAL.Component(ICAL.parse(read(file, dir)));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { comp, events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('the Heidenau info day for parents', () => {
  it('exists in the content as the brief describes it', () => {
    expect(heidenau.data.date).toBe('2023-08-26');
    expect(heidenau.data.venue.name).toBe('Mehrgenerationenhaus Heidenau');
    expect(heidenau.data.startTime).toBeUndefined();
  });

  it('(seen after the day) shows weekday and date, the place, that it is over and that time and street are not known', async () => {
    expect(BUILD_DATE > heidenau.data.date).toBe(true);
    const main = (await readPage(siteDir, `termine/${HEIDENAU}/index.html`)).querySelector('main')!;
    const all = text(main.textContent);
    expect(all).toContain('Samstag, 26. August 2023');
    expect(all).toContain('Der Termin liegt in der Vergangenheit.');
    expect(all).toContain('Uhrzeit nicht bekannt');
    expect(all).not.toContain('Uhrzeit wird noch bekannt gegeben');
    expect(all).toContain('Mehrgenerationenhaus Heidenau');
    expect(all).toContain('Straße und Hausnummer sind nicht bekannt');
    expect(text(main.querySelector('h1')?.textContent)).toBe(heidenau.data.title);
    const times = main.querySelectorAll('time[datetime="2023-08-26"]').map((t) => text(t.textContent));
    expect(times).toContain('Samstag, 26. August 2023');
  });

  it('puts date, time, place, route and calendar first, before any other section', async () => {
    const main = (await readPage(siteDir, `termine/${HEIDENAU}/index.html`)).querySelector('main')!;
    const h2 = main.querySelectorAll('h2').map((h) => text(h.textContent));
    expect(h2[0]).toBe('Auf einen Blick');
    const box = main.querySelector('section[aria-labelledby="auf-einen-blick"]')!;
    const boxText = text(box.textContent);
    for (const fact of ['Samstag, 26. August 2023', 'Uhrzeit nicht bekannt', 'Mehrgenerationenhaus Heidenau']) {
      expect(boxText).toContain(fact);
    }
    const links = box.querySelectorAll('a').map((a) => ({ href: a.getAttributeValue('href') ?? '', label: text(a.textContent) }));
    const route = links.find((l) => l.href.startsWith('https://www.openstreetmap.org/directions?'));
    expect(route, 'Link zum Routenplaner').toBeDefined();
    expect(new URL(route!.href).searchParams.get('to')).toContain('Mehrgenerationenhaus Heidenau');
    const ics = links.find((l) => l.href === `/termine/${HEIDENAU}.ics`);
    expect(ics?.label).toContain('In den Kalender');
  });

  it('keeps each label apart from its value in the plain text (search excerpts, reader modes)', async () => {
    const box = (await readPage(siteDir, `termine/${HEIDENAU}/index.html`)).querySelector('section[aria-labelledby="auf-einen-blick"]')!;
    const raw = box.textContent;
    expect(raw).toMatch(/Wann\s+Samstag/);
    expect(raw).toMatch(/Wo\s+Mehrgenerationenhaus/);
    // No audience is given: the sources do not name one.
    expect(raw).not.toMatch(/Für wen/);
  });

  it('has no script and embeds no map: nothing is requested from elsewhere when the page loads', () => {
    const html = read(`termine/${HEIDENAU}/index.html`);
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(html).not.toMatch(/<iframe|<img[^>]+openstreetmap|tile\.openstreetmap/);
  });

  it('describes itself as a schema.org Event with the date only and the known address parts', async () => {
    const doc = await readPage(siteDir, `termine/${HEIDENAU}/index.html`);
    const blocks = doc
      .querySelectorAll('script[type="application/ld+json"]')
      .flatMap((s) => [JSON.parse(s.textContent)].flat() as Record<string, unknown>[]);
    type EventLd = { name: string; startDate: string; eventStatus: string; location: { address: Record<string, string> } };
    const ev = blocks.find((b) => b['@type'] === 'Event') as EventLd | undefined;
    if (!ev) throw new Error('Kein schema.org-Event auf der Seite');
    expect(ev.name).toBe(heidenau.data.title);
    expect(ev.startDate).toBe('2023-08-26');
    expect(ev.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(ev.location).toMatchObject({ '@type': 'Place', name: 'Mehrgenerationenhaus Heidenau' });
    expect(ev.location.address).toMatchObject({ addressLocality: 'Heidenau', addressCountry: 'DE' });
    expect(ev.location.address.streetAddress).toBeUndefined();
  });

  it('downloads as a valid all-day iCalendar event on 2023-08-26 with summary, location, UID and URL', () => {
    const raw = read(`termine/${HEIDENAU}.ics`);
    expect(raw.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(raw).toContain('DTSTART;VALUE=DATE:20230826');
    const { comp, events: list } = calendar(`termine/${HEIDENAU}.ics`);
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(comp.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(list).toHaveLength(1);
    const e = list[0]!;
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2023-08-26');
    expect(e.summary).toBe(heidenau.data.title);
    expect(e.location).toContain('Mehrgenerationenhaus Heidenau');
    expect(e.uid).toBe(`${HEIDENAU}@asskomm`);
    expect(e.description).toContain('Uhrzeit nicht bekannt');
    expect(String(e.component.getFirstPropertyValue('url'))).toMatch(new RegExp(`/termine/${HEIDENAU}/$`));
    expect(String(e.component.getFirstProperty('dtstamp')!.toICALString())).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  });
});

describe('every event', () => {
  it('has a page and a calendar file', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(existsSync(path.join(siteDir, 'termine', e.id, 'index.html')), e.id).toBe(true);
      expect(existsSync(path.join(siteDir, 'termine', `${e.id}.ics`)), e.id).toBe(true);
    }
  });

  it('is in the subscription calendar /termine/kalender.ics with its date (and Berlin time when known)', () => {
    const { events: list } = calendar('termine/kalender.ics');
    expect(list.map((e) => e.uid).sort()).toEqual(events.map((e) => `${e.id}@asskomm`).sort());
    for (const e of events) {
      const ev = list.find((x) => x.uid === `${e.id}@asskomm`)!;
      expect(ev.summary).toBe(e.data.title);
      if (e.data.startTime) {
        expect(ev.startDate.zone?.tzid).toBe('Europe/Berlin');
        expect(ev.startDate.toString()).toBe(`${e.data.date}T${e.data.startTime}:00`);
      } else {
        expect(ev.startDate.isDate, e.id).toBe(true);
        expect(ev.startDate.toString()).toBe(e.data.date);
      }
    }
  });

  it('is listed on /termine/: upcoming ones under "Kommende Termine", past ones under their year', async () => {
    const main = (await readPage(siteDir, 'termine/index.html')).querySelector('main')!;
    const asOf = main.querySelector('.as-of time')!;
    const today = asOf.getAttributeValue('datetime')!;
    expect(today).toBe(process.env.BUILD_DATE);
    expect(text(main.textContent)).toMatch(/Stand: \d{1,2}\. [A-ZÄÖÜa-zäöü]+ \d{4}/);
    const linksIn = (selector: string) =>
      main.querySelectorAll(`${selector} a`).map((a) => a.getAttributeValue('href'));
    const upcoming = linksIn('section[aria-labelledby="kommende"]');
    for (const e of events) {
      const link = `/termine/${e.id}/`;
      if (e.data.date >= today) expect(upcoming, e.id).toContain(link);
      else {
        expect(upcoming, e.id).not.toContain(link);
        expect(linksIn(`section[aria-labelledby="jahr-${e.data.date.slice(0, 4)}"]`), e.id).toContain(link);
      }
    }
  });
});

describe('the Heidenau info day, built as the site looked a week before it', () => {
  const DAY_BEFORE = '2023-08-20';
  let project: string;
  let out: string;
  beforeAll(() => {
    // A throw-away copy, so this build cannot collide with other builds of the working tree.
    project = copyProject('asskomm-termine-');
    out = mkdtempSync(path.join(os.tmpdir(), 'asskomm-termine-site-'));
    buildSite(project, { OUT_DIR: out, BUILD_DATE: DAY_BEFORE }, `Build mit BUILD_DATE=${DAY_BEFORE}`);
  }, 600_000);
  afterAll(() => {
    removeDirs(project, out);
  });

  it('shows "Samstag, 26. August 2023", "Mehrgenerationenhaus Heidenau" and "Uhrzeit wird noch bekannt gegeben"', async () => {
    const main = (await readPage(out, `termine/${HEIDENAU}/index.html`)).querySelector('main')!;
    const box = text(main.querySelector('section[aria-labelledby="auf-einen-blick"]')!.textContent);
    expect(box).toContain('Samstag, 26. August 2023');
    expect(box).toContain('Uhrzeit wird noch bekannt gegeben');
    expect(box).toContain('Mehrgenerationenhaus Heidenau');
    expect(box).toContain('Straße und Hausnummer sind noch nicht bekannt');
    expect(box).not.toContain('stattgefunden');
  });

  it('lists it under "Kommende Termine" on /termine/, which names the day it was built', async () => {
    const main = (await readPage(out, 'termine/index.html')).querySelector('main')!;
    expect(text(main.textContent)).toContain('Stand: 20. August 2023');
    const upcoming = main.querySelectorAll('section[aria-labelledby="kommende"] a').map((a) => a.getAttributeValue('href'));
    expect(upcoming).toContain(`/termine/${HEIDENAU}/`);
    for (const e of events.filter((x) => x.data.date < DAY_BEFORE)) expect(upcoming).not.toContain(`/termine/${e.id}/`);
  });

  it('on a phone (360 × 800 px), shows date, time and place in the first screen, without scrolling', async () => {
    const server = await serveStatic(out);
    const browser = await launchBrowser({ viewport: { width: 360, height: 800 } });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/termine/${HEIDENAU}/`);
      const box = page.locator('section[aria-labelledby="auf-einen-blick"]');
      for (const fact of ['Samstag, 26. August 2023', 'Uhrzeit wird noch bekannt gegeben', 'Mehrgenerationenhaus Heidenau']) {
        const where = await box.getByText(fact).first().boundingBox();
        expect(where, fact).not.toBeNull();
        expect(where!.y + where!.height, `${fact}: unterer Rand`).toBeLessThanOrEqual(800);
      }
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('says in its calendar file that the time will be announced', () => {
    const e = calendar(`termine/${HEIDENAU}.ics`, out).events[0]!;
    expect(e.description).toContain('Uhrzeit wird noch bekannt gegeben');
    expect(e.startDate.toString()).toBe('2023-08-26');
  });
});
