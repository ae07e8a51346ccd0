/**
 * The split fonts as Chromium loads them from the built site: German pages fetch only the small "de" files;
 * a page with a rarer letter (é in René) fetches the "latin" file too and draws that letter in Fira Sans.
 * The person is picked from the content files by the subsets' own definition, never typed in.
 * Text does not jump when the fonts arrive: the German files of the cuts every page uses are preloaded.
 */
import { describe, expect, inject, it } from 'vitest';
import { measurePage } from '../scripts/measure-map.ts';
import { SUBSETS } from '../scripts/fonts/subsets.ts';
import { launchBrowser } from './support/browser.ts';
import { contentEntries } from './support/content.ts';
import { paths } from '../src/model/paths.ts';
import { serveStatic } from './support/static-server.ts';

const siteDir = inject('siteDir');
const german = new Set(SUBSETS.find((s) => s.name === 'de')!.codePoints);
const fonts = (resources: { path: string }[]) => resources.map((r) => r.path).filter((p) => p.endsWith('.woff2'));
const beyondGerman = (c: string) => !german.has(c.codePointAt(0)!);
const person = contentEntries<{ name: string }>('people').find((p) => [...p.data.name].some(beyondGerman));
const letter = [...(person?.data.name ?? '')].find(beyondGerman) ?? '';

describe('split fonts', () => {
  it('the map page fetches only the German files of the two cuts it uses', async () => {
    const [weight] = await measurePage(siteDir, '/karte/', [1280]);
    expect(fonts(weight!.resources).map((p) => p.replace(/\.[\w-]+\.woff2$/, ''))).toEqual([
      '/_astro/fira-sans-regular-de',
      '/_astro/fira-sans-semibold-de',
    ]);
  });

  it('a name with a letter beyond German (René) fetches the Latin file and is drawn in Fira Sans', async () => {
    expect(person, 'a person whose name needs the Latin file').toBeDefined();
    const [weight] = await measurePage(siteDir, `/personen/${person!.id}/`, [1280]);
    expect(fonts(weight!.resources).some((p) => /-latin\.[\w-]+\.woff2$/.test(p))).toBe(true);

    const server = await serveStatic(siteDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/personen/${person!.id}/`);
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        const faces = [...document.fonts].filter((f) => f.family.includes('Fira Sans') && f.status === 'loaded');
        return { heading: document.querySelector('h1')!.textContent!, faces: faces.map((f) => ({ weight: f.weight, range: f.unicodeRange })) };
      });
      // The heading (SemiBold) shows the letter, and a loaded SemiBold face covers it.
      expect(loaded.heading).toContain(letter);
      const code = letter.codePointAt(0)!;
      const covers = (range: string) =>
        range.split(',').some((part) => {
          const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
          return code >= from! && code <= to!;
        });
      expect(loaded.faces.filter((f) => f.weight === '600' && covers(f.range))).toHaveLength(1);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('text that stays put', () => {
  it('does not move when the fonts arrive, on a phone, on the home page and the pages parents and the public open first', async () => {
    const town = contentEntries('towns').find((t) => t.id === 'heidenau') ?? contentEntries('towns')[0]!;
    const event = contentEntries('events').find((e) => e.id.startsWith('infotag-schulabsentismus-heidenau')) ?? contentEntries('events')[0]!;
    const pages = ['/', paths.events, paths.town(town.id), paths.event(event.id)];
    const server = await serveStatic(siteDir);
    const browser = await launchBrowser();
    try {
      await browser.context.addInitScript(() => {
        const w = window as unknown as { shifts: number[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const shifts: Record<string, number> = {};
      for (const path of pages) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 360, height: 800 });
        // Routing turns the browser's cache off: each page fetches its fonts as on a first visit.
        await page.route('**/*', (route) => route.continue());
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(300);
        shifts[path] = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
        await page.close();
      }
      expect(shifts).toEqual(Object.fromEntries(pages.map((p) => [p, 0])));
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
