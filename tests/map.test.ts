/**
 * The map as a visitor gets it: the built /karte/ and the town profiles in Chromium, served with the
 * production security headers (so the map's inline style must pass the Content-Security-Policy).
 * Expectations are computed from the content files, never typed in.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAP_PAGE_BUDGET, measurePage } from '../scripts/measure-map.ts';
import { headersForPath } from '../src/lib/security/headers-file.ts';
import { launchBrowser, type Browser } from './support/browser.ts';
import { contentEntries } from './support/content.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { headerRulesOf } from './quality/support/site.ts';

const siteDir = inject('siteDir');
const towns = contentEntries<{ name: string; members?: string[] }>('towns');
const CREDIT = '© GeoBasis-DE / BKG 2021 (Daten verändert)';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Profiles for the detailed checks: a town, a group, a Kreisfreie Stadt, a member of a group. */
const PROFILES = ['heidenau', 'vg-olbersdorf', 'leipzig', 'oybin'].filter((id) => towns.some((t) => t.id === id));

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const rules = headerRulesOf(siteDir);
  server = await serveStatic(siteDir, (urlPath) => headersForPath(rules, urlPath));
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1280) {
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(new URL(path, server.url).href);
  expect(response?.status()).toBe(200);
}

/** What the visitor can see of every filterable element: its layers and whether it is rendered. */
function filterState() {
  return page.$$eval('[data-layers]', (els) =>
    els.map((el) => ({
      layers: el.getAttribute('data-layers')!.split(' '),
      what: el.tagName.toLowerCase() === 'tr' ? 'row' : 'shape',
      name: el.getAttribute('aria-label') ?? el.querySelector('th')?.textContent?.trim(),
      visible: (el as HTMLElement).checkVisibility(),
      /** Fill of a town's area (groups are outlines only). */
      fill: el.classList.contains('town') ? getComputedStyle(el.querySelector('path')!).fill : undefined,
    })),
  );
}

async function checked(): Promise<Set<string>> {
  const ids = await page.$$eval('.map-filters input[type=checkbox]:checked', (els) => els.map((e) => e.id.replace('ebene-', '')));
  return new Set(ids);
}

describe('/karte/', () => {
  beforeAll(async () => open('/karte/'));

  it('has exactly one link per partner town, to its profile, with its name as accessible name', async () => {
    const links = await page.$$eval('svg.saxony-map a', (as) =>
      as.map((a) => ({ href: a.getAttribute('href'), name: a.getAttribute('aria-label') ?? a.querySelector('title')?.textContent ?? '' })),
    );
    expect(links).toHaveLength(towns.length);
    expect(links.map((l) => l.href).sort()).toEqual(towns.map((t) => `/kommunen/${t.id}/`).sort());
    for (const t of towns) {
      const link = links.find((l) => l.href === `/kommunen/${t.id}/`)!;
      expect(link.name.startsWith(`${t.data.name}:`), link.name).toBe(true);
    }
  });

  it('lists every town in the table, with caption and header scopes', async () => {
    const table = await page.$eval('table.town-table', (t) => ({
      caption: t.querySelector('caption')?.textContent?.trim(),
      cols: [...t.querySelectorAll('thead th')].map((th) => th.getAttribute('scope')),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
        scope: tr.querySelector('th')?.getAttribute('scope'),
        href: tr.querySelector('th a')?.getAttribute('href'),
      })),
    }));
    expect(table.caption).toBeTruthy();
    expect(table.cols).toEqual(['col', 'col', 'col']);
    expect(table.rows.map((r) => r.href).sort()).toEqual(towns.map((t) => `/kommunen/${t.id}/`).sort());
    expect(table.rows.every((r) => r.scope === 'row')).toBe(true);
  });

  it('shows the BKG credit, linked, right below the map', async () => {
    const credit = await page.$eval('svg.saxony-map', (svg) => {
      const a = svg.closest('figure')?.querySelector('.map-credit a');
      return { text: a?.textContent?.trim(), href: a?.getAttribute('href') };
    });
    expect(credit).toEqual({ text: CREDIT, href: 'https://www.bkg.bund.de' });
  });

  it('needs no JavaScript', async () => {
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  });

  it('starts with every step chosen and every town shown', async () => {
    const boxes = await page.$$eval('.map-filters input[type=checkbox]', (els) => els.map((e) => (e as HTMLInputElement).checked));
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    expect(boxes.every(Boolean)).toBe(true);
    expect((await filterState()).every((e) => e.visible)).toBe(true);
  });

  it('filters map and table with the keyboard alone: Tab to a step, Space hides its towns', async () => {
    await open('/karte/');
    const target = 'ebene-kooperationsvereinbarung';
    for (let i = 0; i < 200 && (await page.evaluate(() => document.activeElement?.id)) !== target; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);

    await page.keyboard.press('Space');
    const on = await checked();
    expect(on.has('kooperationsvereinbarung')).toBe(false);
    const state = await filterState();
    const hidden = state.filter((e) => !e.visible);
    expect(hidden.filter((e) => e.what === 'shape').length).toBeGreaterThan(0);
    expect(hidden.filter((e) => e.what === 'row').length).toBeGreaterThan(0);
    for (const e of state) expect(e.visible, `${e.what} ${e.name}`).toBe(e.layers.some((l) => on.has(l)));

    // Each town shown takes the colour of the last of its chosen steps, in the order of the list.
    const order = await page.$$eval('.map-filters input[type=checkbox]', (els) => els.map((e) => e.id.replace('ebene-', '')));
    const colours = await page.$eval('svg.saxony-map', (svg, keys) => Object.fromEntries(keys.map((k) => [k, getComputedStyle(svg).getPropertyValue(`--layer-${k}`).trim()])), order);
    const recoloured = state.filter((e) => e.what === 'shape' && e.fill && e.visible && e.layers.includes('kooperationsvereinbarung'));
    expect(recoloured.length).toBeGreaterThan(0);
    for (const e of state.filter((x) => x.what === 'shape' && x.fill && x.visible)) {
      const last = order.filter((k) => on.has(k) && e.layers.includes(k)).at(-1)!;
      expect(e.fill, e.name).toBe(hexToRgb(colours[last]!));
    }

    // Hidden towns are out of the tab order.
    const focusable = await page.$$eval('svg.saxony-map a', (as) => as.filter((a) => a.checkVisibility()).length);
    expect(focusable).toBe(state.filter((e) => e.what === 'shape' && e.visible).length);

    await page.keyboard.press('Space');
    expect((await checked()).has('kooperationsvereinbarung')).toBe(true);
    expect((await filterState()).every((e) => e.visible)).toBe(true);
  });

  it('shows the name of a town while it has keyboard focus', async () => {
    await open('/karte/');
    await page.locator('.map-filters input[type=checkbox]').last().focus();
    for (let i = 0; i < 50 && !(await page.evaluate(() => !!document.activeElement?.closest('svg a.labelled'))); i++) await page.keyboard.press('Tab');
    const shown = await page.evaluate(() => {
      const a = document.activeElement!;
      const n = [...a.classList].find((c) => /^t\d+$/.test(c))!.slice(1);
      const label = document.querySelector(`svg .label.l${n}`)!;
      const other = document.querySelector(`svg .label:not(.l${n})`)!;
      return { name: a.getAttribute('aria-label'), text: label.textContent, visible: getComputedStyle(label).visibility, other: getComputedStyle(other).visibility };
    });
    expect(shown.name!.startsWith(shown.text!.trim().split(/\s+/)[0]!)).toBe(true);
    expect(shown.visible).toBe('visible');
    expect(shown.other).toBe('hidden');
  });

  it.each([1280, 375])('has no axe violations at %i px', async (width) => {
    await open('/karte/', width);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  });

  it(`weighs at most ${MAP_PAGE_BUDGET} bytes with brotli, fonts and styles included`, async () => {
    for (const w of await measurePage(siteDir, '/karte/')) {
      expect(w.resources.some((r) => r.path.endsWith('.woff2'))).toBe(true);
      expect(w.total, w.resources.map((r) => `${r.brotli} ${r.path}`).join('\n')).toBeLessThanOrEqual(MAP_PAGE_BUDGET);
    }
  });
});

describe('town profiles', () => {
  it('every profile shows a locator map with the BKG credit beside it', async () => {
    for (const t of towns) {
      await open(`/kommunen/${t.id}/`);
      const found = await page.$$eval('figure.locator', (figs) =>
        figs.map((f) => ({
          map: !!f.querySelector('svg[role=img]'),
          name: f.querySelector('svg[role=img]') ? document.getElementById(f.querySelector('svg[role=img]')!.getAttribute('aria-labelledby')!)?.textContent : null,
          credit: f.querySelector('.map-credit a')?.textContent?.trim(),
          href: f.querySelector('.map-credit a')?.getAttribute('href'),
        })),
      );
      expect(found, t.id).toHaveLength(1);
      expect(found[0]).toEqual({ map: true, name: expect.stringContaining(t.data.name), credit: CREDIT, href: 'https://www.bkg.bund.de' });
    }
  });

  it.each(PROFILES)('/kommunen/%s/ has no axe violations', async (id) => {
    await open(`/kommunen/${id}/`);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
