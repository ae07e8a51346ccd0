/**
 * The split fonts as Chromium loads them from the built site: German pages fetch only the small "de" files;
 * a page with a rarer letter (é in René) fetches the "latin" file too and draws that letter in Fira Sans.
 * The person is picked from the content files by the subsets' own definition, never typed in.
 */
import { describe, expect, inject, it } from 'vitest';
import { measurePage } from '../scripts/measure-map.ts';
import { SUBSETS } from '../scripts/fonts/subsets.ts';
import { launchBrowser } from './support/browser.ts';
import { contentEntries } from './support/content.ts';
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
