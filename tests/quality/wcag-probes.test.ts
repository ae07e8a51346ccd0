/**
 * The WCAG probes of the sweep (tests/quality/support/wcag-probes.ts) can fail: on a small page with known
 * barriers they report each one, and nothing on its fixed twin. Without this, a sweep that reports
 * nothing could simply be blind.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOCUS_OUTLINE, REFLOW_WIDTH, TARGET_SIZE, TEXT_SPACING } from '../../src/lib/a11y/checks.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { installWcagProbes, textSpacingCss, type Finding } from './support/wcag-probes.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: REFLOW_WIDTH, height: 800 } });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

async function load(body: string, css = ''): Promise<void> {
  await page.setContent(`<!doctype html><html lang="de"><head><style>
    body { margin: 8px; font: 16px/1.4 sans-serif; }
    :focus-visible { outline: 3px solid #000; outline-offset: 2px; }
    ${css}</style></head><body>${body}</body></html>`);
  await page.evaluate(installWcagProbes);
}

const selectors = (findings: Finding[]) => findings.map((f) => f.selector);

describe('the WCAG probes find known barriers', () => {
  it('reflow: an unbreakable word widens the page; with overflow-wrap it does not', async () => {
    const word = 'Kooperationsvereinbarungsunterzeichnungsveranstaltung';
    await load(`<h2 class="wide">${word}</h2>`, 'h2 { font-size: 32px; }');
    const findings = await page.evaluate(() => window.__wcag.reflow());
    expect(selectors(findings)).toEqual([`h2.wide („${word.slice(0, 40)}…“)`]);
    expect(findings[0]!.message).toMatch(/^Text ragt \d+ px über den 320 px breiten Bildschirm hinaus$/);
    await load(`<h2 class="wide">${word}</h2>`, 'h2 { font-size: 32px; overflow-wrap: anywhere; }');
    expect(await page.evaluate(() => window.__wcag.reflow())).toEqual([]);
  });

  it('reflow: a sideways scrolling box needs a name and the keyboard; labelled and focusable it passes', async () => {
    const table = '<table><tr><td style="white-space: nowrap">' + 'Spalte '.repeat(30) + '</td></tr></table>';
    await load(`<div class="wrap" style="overflow-x: auto">${table}</div>`);
    const messages = (await page.evaluate(() => window.__wcag.reflow())).map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages.join(' ')).toContain('keinen Namen');
    expect(messages.join(' ')).toContain('Tastatur');
    await load(`<div class="wrap" style="overflow-x: auto" tabindex="0" aria-label="Tabelle">${table}</div>`);
    expect(await page.evaluate(() => window.__wcag.reflow())).toEqual([]);
  });

  it('text spacing: a box of fixed height that hides its overflow cuts the text off', async () => {
    const text = 'Informationstag für Eltern im Mehrgenerationenhaus, mit Beratung und Gesprächen.';
    const css = `.box { width: 300px; height: 3em; overflow: hidden; } ${textSpacingCss(TEXT_SPACING)}`;
    await load(`<p class="box">${text}</p>`, css);
    const findings = await page.evaluate(() => window.__wcag.clippedText());
    expect(findings.map((f) => f.message).join(' ')).toMatch(/schneidet Text ab/);
    await load(`<p class="box">${text}</p>`, css.replace('height: 3em;', 'min-height: 3em;'));
    expect(await page.evaluate(() => window.__wcag.clippedText())).toEqual([]);
  });

  it('target size: two 16 px buttons side by side fail, the same with space between pass, a link in a sentence is exempt', async () => {
    const button = (name: string) => `<button aria-label="${name}" style="width: 16px; height: 16px; padding: 0; margin: 0">×</button>`;
    await load(`<div style="display: flex">${button('eins')}${button('zwei')}</div>`);
    const tight = await page.evaluate((min) => window.__wcag.targetSize(min), TARGET_SIZE);
    expect(tight.findings).toHaveLength(2);
    await load(`<div style="display: flex; gap: 10px">${button('eins')}${button('zwei')}</div>`);
    expect((await page.evaluate((min) => window.__wcag.targetSize(min), TARGET_SIZE)).findings).toEqual([]);
    await load('<p>Mehr dazu steht <a href="#a">hier</a> und <a href="#b">dort</a> im Text.</p>');
    const inline = await page.evaluate((min) => window.__wcag.targetSize(min), TARGET_SIZE);
    expect(inline).toMatchObject({ checked: 2, exempt: 2, findings: [] });
  });

  it('focus: no outline, a thin or pale one, and a focus hidden under a sticky bar are reported', async () => {
    await load(
      `<header style="position: sticky; top: 0; height: 200px; background: #fff">Kopf</header>
       <a href="#1" class="none" style="outline: none">ohne</a>
       <a href="#2" class="thin" style="outline-width: 1px">dünn</a>
       <a href="#3" class="pale" style="outline-color: #eee">blass</a>
       <a href="#4" class="good">gut</a>
       <div style="height: 2000px"></div>`,
      'a { display: block; margin-top: 220px; }',
    );
    const report: Record<string, string[]> = {};
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(({ width, contrast }) => window.__wcag.focus(width, contrast), FOCUS_OUTLINE);
      report[/^a\.(\w+)/.exec(state.selector ?? '')?.[1] ?? String(state.selector)] = state.findings.map((f) => f.message);
    }
    expect(report.none).toEqual(['kein sichtbarer Fokusrahmen']);
    expect(report.thin).toEqual(['Fokusrahmen nur 1 px breit']);
    expect(report.pale?.[0]).toMatch(/Kontrast/);
    expect(report.good).toEqual([]);

    // Scrolled so that the sticky header covers the focused link entirely.
    await page.evaluate(() => {
      const good = document.querySelector<HTMLElement>('a.good')!;
      window.scrollTo(0, good.offsetTop - 20);
    });
    const covered = await page.evaluate(({ width, contrast }) => window.__wcag.focus(width, contrast), FOCUS_OUTLINE);
    expect(covered.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^ganz verdeckt von header/)]);
  });
});
