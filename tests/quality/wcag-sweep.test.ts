/**
 * WCAG 2.2 checks that axe cannot make, in Chromium, on the built site. The checks, their parameters and
 * their wording for the accessibility statement come from ONE list: src/lib/a11y/checks.ts.
 * - every page (sitemap, 404, search): target size (2.5.8) at 1280 px, text spacing (1.4.12), reflow at
 *   320 px (1.4.10); one page load per page, two tabs side by side (as the axe sweep);
 * - one page of each type: tabbing through it, every focus is visible, not hidden, clearly outlined;
 * - the five main page types at 200 % text size: no sideways scrolling, no text cut off.
 * Findings are reported as "selector („text“) – problem" per page; accepted findings live in
 * tests/quality-exceptions.ts (wcagFindings), and an entry that matches nothing fails the run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { a11yChecks, checkById, FOCUS_OUTLINE, REFLOW_WIDTH, TARGET_SIZE, TEXT_SPACING, TEXT_ZOOM, type A11yCheck } from '../../src/lib/a11y/checks.ts';
import { projectRoot } from '../support/project.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { wcagFindings } from '../quality-exceptions.ts';
import { readPage, sweepPaths, SEARCH_PAGE } from './support/site.ts';
import { installWcagProbes, textSpacingCss, type Finding } from './support/wcag-probes.ts';
import { Pool } from './lib/pool.ts';

const siteDir = inject('siteDir');
const paths = sweepPaths(siteDir);
const TABS = 2;
const DESKTOP = { width: 1280, height: 900 };
/** Safety stop for a page whose tab order never returns to the document. */
const MAX_TABS = 400;

/** The type of a page: "/", "/zahlen/", or "/kommunen/*" for the pages of one collection. */
function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  if (parts.length === 1) return `/${parts[0]}/`;
  return `/${parts[0]}/*`;
}

/** The first page of each type (the 404 page inside a folder counts as the 404 page). */
const typePages = [...new Map(paths.filter((p) => p.split('/').length <= 3 || !p.endsWith('/diese-seite-gibt-es-nicht/')).map((p) => [pageType(p), p] as const).reverse()).values()].sort();

const firstOf = (prefix: string) => paths.filter((p) => p.startsWith(prefix) && p !== prefix).sort()[0];
/** The five main page types: home, news article, town, event, search. */
const mainPages = ['/', firstOf('/aktuelles/'), firstOf('/kommunen/'), firstOf('/termine/'), SEARCH_PAGE].filter((p): p is string => !!p);

const used = new Set<string>();

/** The checks of src/lib/a11y/checks.ts this file runs, and the files that run the others. */
const RUN_HERE: A11yCheck['id'][] = ['target-size', 'text-spacing', 'reflow', 'focus', 'zoom'];
const RUN_ELSEWHERE: Partial<Record<A11yCheck['id'], string>> = { axe: 'tests/quality/browser-sweep.test.ts', 'screen-reader': 'tests/screen-reader.test.ts' };

/** "Sichtbarer Tastaturfokus (WCAG 2.4.7, 2.4.11, 2.4.13)": the check's name on the statement page. */
const label = (id: A11yCheck['id']) => `${checkById(id).title} (WCAG ${checkById(id).criteria.join(', ')})`;

/** The findings no exception covers, as "selector – message". */
function unexcused(check: A11yCheck['id'], path: string, findings: Finding[]): string[] {
  return findings
    .filter((finding) => {
      const entry = Object.entries(wcagFindings).find(
        ([, e]) => e.check === check && finding.selector.startsWith(e.selector) && e.pages.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : p === path)),
      );
      if (entry) used.add(entry[0]);
      return !entry;
    })
    .map((f) => `${f.selector} – ${f.message}`);
}

/** Figures for the note: pages, elements and exceptions per check. */
const figures = { pages: 0, targets: 0, targetsExempt: 0, focusStops: 0, focusPages: 0, zoomPages: 0, findings: 0 };

let server: StaticServer;
let browser: Browser;
const tabs = new Pool<Page>();

const open = async (page: Page, path: string) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(new URL(encodeURI(path), server.url).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
};

/** Lets the browser lay out the page again after a change of size or style. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser({ viewport: DESKTOP, reducedMotion: 'reduce' });
  await browser.context.addInitScript(installWcagProbes);
  for (let i = 0; i < TABS; i++) tabs.add(await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`[wcag] ${figures.pages} Seiten; Zielgröße: ${figures.targets} Bedienelemente, davon ${figures.targetsExempt} Links im Fließtext; Fokus: ${figures.focusStops} Tabulatorschritte auf ${figures.focusPages} Seitentypen; Zoom: ${figures.zoomPages} Seiten; Befunde ohne Ausnahme: ${figures.findings}; Ausnahmen: ${Object.keys(wcagFindings).length}`);
});

describe('WCAG 2.2 beyond axe, on every page', () => {
  it('covers the sitemap, the 404 page and the search, and one page of each type', () => {
    expect(paths).toContain(SEARCH_PAGE);
    const types = typePages.map(pageType);
    expect(types).toContain('/');
    expect(types).toContain('/kommunen/*');
    expect(new Set(types).size).toBe(types.length);
    expect(mainPages).toHaveLength(5);
  });

  describe.concurrent('page', () => {
    it.for(paths)('%s: target size, text spacing, reflow', async (path, { expect }) => {
      await tabs.use(async (page) => {
        await open(page, path);
        figures.pages += 1;

        const targets = await page.evaluate((min) => window.__wcag.targetSize(min), TARGET_SIZE);
        figures.targets += targets.checked;
        figures.targetsExempt += targets.exempt;
        const small = unexcused('target-size', path, targets.findings);
        expect.soft(small, label('target-size')).toEqual([]);

        // As a reader's own style sheet (a browser extension) would: adopted through CSSOM, which the page's CSP
        // (header or, on the 404 page, <meta>) does not govern, unlike an injected <style> element.
        await page.evaluate((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }, textSpacingCss(TEXT_SPACING));
        await settle(page);
        const spacing = await page.evaluate(() => {
          const s = getComputedStyle(document.querySelector('h1') ?? document.body);
          return Number.parseFloat(s.letterSpacing) / Number.parseFloat(s.fontSize);
        });
        expect(spacing, 'Buchstabenabstand ist gesetzt').toBeCloseTo(TEXT_SPACING.letterSpacing, 2);
        const clipped = unexcused('text-spacing', path, await page.evaluate(() => window.__wcag.clippedText()));
        expect.soft(clipped, label('text-spacing')).toEqual([]);
        await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)));

        await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
        await settle(page);
        const reflow = unexcused('reflow', path, await page.evaluate(() => window.__wcag.reflow()));
        expect.soft(reflow, `${label('reflow')} bei ${REFLOW_WIDTH} px`).toEqual([]);
        // Targets again on the narrow screen, where the layout packs them closer.
        const narrowTargets = await page.evaluate((min) => window.__wcag.targetSize(min), TARGET_SIZE);
        const smallNarrow = unexcused('target-size', path, narrowTargets.findings);
        expect.soft(smallNarrow, `${label('target-size')} bei ${REFLOW_WIDTH} px`).toEqual([]);
        figures.findings += small.length + clipped.length + reflow.length + smallNarrow.length;
      });
    });
  });

  describe('focus, tabbing through one page of each type', () => {
    it.for(typePages)('%s', async (path, { expect }) => {
      await tabs.use(async (page) => {
        await open(page, path);
        // Transitions (the skip link slides in) run only in the tab in front.
        await page.bringToFront();
        figures.focusPages += 1;
        const problems: string[] = [];
        const seen = new Set<string>();
        let stops = 0;
        for (; stops < MAX_TABS; stops++) {
          await page.keyboard.press('Tab');
          const state = await page.evaluate(({ width, contrast }) => window.__wcag.focus(width, contrast), FOCUS_OUTLINE);
          if (state.selector === null || seen.has(state.selector)) break;
          seen.add(state.selector);
          problems.push(...unexcused('focus', path, state.findings));
        }
        figures.focusStops += stops;
        expect(stops, 'Tabulatorschritte').toBeGreaterThan(0);
        expect(stops, 'Die Tabulatorreihenfolge endet').toBeLessThan(MAX_TABS);
        figures.findings += problems.length;
        expect.soft(problems, label('focus')).toEqual([]);
      });
    });
  });

  describe(`${TEXT_ZOOM} % text size on the five main page types`, () => {
    it.for(mainPages)('%s', async (path, { expect }) => {
      await tabs.use(async (page) => {
        await open(page, path);
        figures.zoomPages += 1;
        const normal = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
        // The browser's own text-size setting (Chromium's default font sizes: 16 px, monospace 13 px), as a
        // visitor sets it; the page follows because it sizes text in rem.
        const cdp = await browser.context.newCDPSession(page);
        const factor = TEXT_ZOOM / 100;
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * factor, fixed: 13 * factor } });
        try {
          // Chromium applies the setting asynchronously: wait until the body text has grown.
          await page.waitForFunction((size) => Number.parseFloat(getComputedStyle(document.body).fontSize) >= size - 0.5, normal * factor, { timeout: 10_000 });
          await settle(page);
          const problems = [
            ...unexcused('zoom', path, await page.evaluate(() => window.__wcag.reflow())),
            ...unexcused('zoom', path, await page.evaluate(() => window.__wcag.clippedText())),
          ];
          figures.findings += problems.length;
          expect.soft(problems, `${label('zoom')}: ${TEXT_ZOOM} %`).toEqual([]);
        } finally {
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
          await cdp.detach();
        }
      });
    });
  });

  it('runs every check the list in src/lib/a11y/checks.ts names, here or in the file that says so', () => {
    const run = [...RUN_HERE, ...Object.keys(RUN_ELSEWHERE)].sort();
    expect(run).toEqual(a11yChecks.map((c) => c.id).sort());
    for (const file of Object.values(RUN_ELSEWHERE)) expect(existsSync(path.join(projectRoot, file)), file).toBe(true);
  });

  it('lists every check on the accessibility statement, with what it tests and the WCAG criteria', async () => {
    const main = (await readPage(siteDir, 'barrierefreiheit/index.html')).querySelector('main')!;
    const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const headings = main.querySelectorAll('h3').map((h) => text(h.textContent));
    const all = text(main.textContent);
    for (const check of a11yChecks) {
      expect(headings, check.id).toContain(check.title);
      expect(all, check.id).toContain(check.how);
      for (const criterion of check.criteria) expect(all, `${check.id}: ${criterion}`).toContain(criterion);
    }
    // The figures the tests use appear on the page as the visitor reads them.
    expect(all).toContain(`${REFLOW_WIDTH} Pixel breit`);
    expect(all).toContain(`${TARGET_SIZE} mal ${TARGET_SIZE} Pixel`);
    expect(all).toContain(`${TEXT_ZOOM} Prozent Schriftgröße`);
  });

  it('needs every exception in wcagFindings (tests/quality-exceptions.ts)', () => {
    expect(Object.keys(wcagFindings).filter((key) => !used.has(key))).toEqual([]);
  });
});
