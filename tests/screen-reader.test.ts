/**
 * The parent's journey, heard: a virtual screen reader (@guidepup/virtual-screen-reader) in Chromium walks
 * as a blind visitor would, by headings and links, from the home page to the Heidenau info day and its
 * calendar link; and searches for "Heidenau", where the live region announces the number of results.
 * The site is built as it looked a week before the info day (the home page lists coming events only).
 * Expected words come from content/events/*.yaml, never from the code under test.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkById } from '../src/lib/a11y/checks.ts';
import { contentEntries, type EventYaml } from './support/content.ts';
import { buildSite, copyProject, removeDirs } from './support/project.ts';
import { launchBrowser, type Browser } from './support/browser.ts';
import { moveUntil, startScreenReader } from './support/screen-reader.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const HEIDENAU = 'infotag-schulabsentismus-heidenau-2023';
const heidenau = contentEntries<EventYaml>('events').find((e) => e.id === HEIDENAU)!.data;

/** A week before the info day, in the calendar (no time zone involved: dates only). */
const weekBefore = (() => {
  const day = new Date(`${heidenau.date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 7);
  return day.toISOString().slice(0, 10);
})();

/** "Samstag, 26. August 2023": the weekday and date as German speech, computed from the content's date. */
const spokenDate = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(
  new Date(`${heidenau.date}T12:00:00+02:00`),
);

let project: string;
let out: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  project = copyProject('asskomm-screen-reader-');
  out = mkdtempSync(path.join(os.tmpdir(), 'asskomm-screen-reader-site-'));
  buildSite(project, { OUT_DIR: out, BUILD_DATE: weekBefore }, `Build mit BUILD_DATE=${weekBefore}`);
  server = await serveStatic(out);
  browser = await launchBrowser({ reducedMotion: 'reduce' });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeDirs(project, out);
});

const isHeading = (name: string, level: number) => (phrase: string) => phrase === `heading, ${name}, level ${level}`;

/**
 * Puts the focus into the search field the screen reader has just named, as a visitor does before typing
 * (a screen reader switches to focus mode). The virtual reader's own act() clicks instead, and a click
 * could race with the form, so the field is focused directly: `which` picks it among fields of that name.
 */
async function enterField(page: Page, name: string, which: 'first' | 'last') {
  await page.getByRole('searchbox', { name, exact: true })[which]().focus();
  await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement);
}

describe(`${checkById('screen-reader').title}: the parent’s journey, a week before the info day`, () => {
  it('expects the info day as the brief describes it', () => {
    expect(spokenDate).toBe('Samstag, 26. August 2023');
    expect(heidenau.startTime).toBeUndefined();
    expect(heidenau.venue.name).toBeTruthy();
  });

  it('hears the way from the home page to the info day: title, date, unknown time, place, calendar link', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    let reader = await startScreenReader(page);

    // On the home page: by headings to the coming events, then by links to the info day.
    await moveUntil(() => reader.perform('moveToNextHeading'), isHeading('Nächste Termine', 2), 30);
    const link = await moveUntil(() => reader.perform('moveToNextLink'), (p) => p.startsWith('link, '), 5);
    expect(link.at(-1)).toBe(`link, ${heidenau.title}`);
    await Promise.all([page.waitForURL(`**/termine/${HEIDENAU}/`), reader.act()]);

    // The new page: what a screen reader announces on arrival is the document title.
    expect(await page.title()).toContain(heidenau.title);
    reader = await startScreenReader(page);
    await moveUntil(() => reader.perform('moveToNextHeading'), isHeading(heidenau.title, 1), 10);

    // Then line by line (down arrow) until the calendar link: everything a parent needs is said on the way.
    const heard = await moveUntil(() => reader.next(), (p) => p.startsWith('link, ') && p.includes('Kalender'), 80);
    expect(heard).toContain('heading, Auf einen Blick, level 2');
    expect(heard).toContain(spokenDate);
    expect(heard).toContain('Uhrzeit wird noch bekannt gegeben');
    expect(heard).toContain(heidenau.venue.name);
    const calendarLink = heard.at(-1)!;
    expect(calendarLink).toBe('link, In den Kalender (iCalendar-Datei)');

    // The link the screen reader names leads to the event's calendar file.
    const href = await page.getByRole('link', { name: calendarLink.slice('link, '.length), exact: true }).getAttribute('href');
    expect(href).toBe(`/termine/${HEIDENAU}.ics`);
    const response = await page.request.get(new URL(href!, server.url).href);
    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(await response.text()).toContain(`DTSTART;VALUE=DATE:${heidenau.date.replaceAll('-', '')}`);
    await page.close();
  });

  it('hears a search for "Heidenau": the field by its name, and the number of results from the live region', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    let reader = await startScreenReader(page);

    // The search field in the page head, found by reading on from the top.
    const toField = await moveUntil(() => reader.next(), (p) => p.startsWith('searchbox'), 30);
    expect(toField.at(-1)).toBe('searchbox, Website durchsuchen');
    await enterField(page, 'Website durchsuchen', 'first');
    await page.keyboard.type('Heidenau');
    await Promise.all([page.waitForURL(/\/suche\/\?q=Heidenau$/), page.keyboard.press('Enter')]);
    await page.waitForLoadState('networkidle');

    // On the search page: heading, then the field; typing the word again makes the live region speak.
    reader = await startScreenReader(page);
    await moveUntil(() => reader.perform('moveToNextHeading'), isHeading('Suche', 1), 10);
    // The field says its name and the word in it.
    const field = await moveUntil(() => reader.next(), (p) => p.startsWith('searchbox, '), 20);
    expect(field.at(-1)).toBe('searchbox, Website durchsuchen, Heidenau');
    // The page's own field comes after the one in the page head.
    await enterField(page, 'Website durchsuchen', 'last');
    await reader.clear();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Heidenau');
    await expect.poll(async () => (await reader.log()).filter((p) => p.startsWith('polite: ')), { timeout: 10_000 }).not.toEqual([]);
    const announced = (await reader.log()).filter((p) => p.startsWith('polite: '));
    expect(announced).toHaveLength(1);
    const match = /^polite: (\d+) Ergebnisse für „Heidenau“$/.exec(announced[0]!);
    expect(match, announced[0]).not.toBeNull();
    const count = Number(match![1]);

    // The number said is the number of results a visitor can list (all pages of them).
    const more = page.locator('[data-search-more]');
    while (await more.isVisible()) {
      const before = await page.locator('[data-search-list] > li').count();
      await more.click();
      await expect.poll(() => page.locator('[data-search-list] > li').count()).toBeGreaterThan(before);
    }
    const hrefs = await page.locator('[data-search-list] > li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(await page.locator('[data-search-list] > li').count()).toBe(count);
    expect(hrefs).toContain(`/termine/${HEIDENAU}/`);
    await page.close();
  });
});
