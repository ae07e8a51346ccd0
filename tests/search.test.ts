/**
 * The search, as a visitor uses it: the built site with its real Pagefind index, in Chromium.
 * Queries are real German words from the content; results are read as they appear on /suche/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

const URLS = {
  article: '/aktuelles/mehr-als-nur-die-nummer-53/',
  town: '/kommunen/heidenau/',
  event: '/termine/infotag-schulabsentismus-heidenau-2023/',
  campaign: '/kampagnen/glaenzen-statt-schwaenzen/',
  hoernitz: '/kommunen/bertsdorf-hoernitz/',
  person: '/personen/juergen-opitz/',
  agreement: '/vereinbarungen/kv-heidenau-2023/',
};

/** Pagefind runs its WebAssembly on the page; on a busy machine a search takes a few seconds. */
const WAIT = { timeout: 20_000, interval: 100 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Shown {
  title: string;
  href: string;
  /** The result's meta line as seen: "Artikel · 9. August 2023". */
  meta: string;
  type: string;
  datetime: string | null;
  marks: string[];
}

const status = (page: Page) => page.getByRole('status');
const resultList = (page: Page) => page.getByRole('list', { name: 'Suchergebnisse' });

/** The results on screen, in order. */
async function shownResults(page: Page): Promise<Shown[]> {
  return resultList(page)
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((li) => {
        const a = li.querySelector('h3 a')!;
        const meta = li.querySelector('p')!;
        return {
          title: a.textContent ?? '',
          href: new URL(a.getAttribute('href')!, location.href).pathname,
          meta: (meta as HTMLElement).innerText,
          type: (meta.firstElementChild as HTMLElement).innerText,
          datetime: li.querySelector('time')?.getAttribute('datetime') ?? null,
          marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        };
      }),
    );
}

/** Waits until the live region reports a finished search and returns its sentence. */
async function settled(page: Page, previous?: string): Promise<string> {
  const finished = async () => {
    const text = (await status(page).textContent()) ?? '';
    return /Ergebnis/.test(text) && text !== previous ? text : '';
  };
  await expect.poll(finished, WAIT).not.toBe('');
  return (await status(page).textContent()) ?? '';
}

/** Waits until the page script has finished the current search (it marks the list busy meanwhile). */
async function idle(page: Page): Promise<void> {
  await expect.poll(() => resultList(page).getAttribute('aria-busy'), WAIT).toBeNull();
}

async function openSearch(query: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${siteUrl}/suche/?q=${encodeURIComponent(query)}`);
  await settled(page);
  return page;
}

/** Opens the filter panel and waits for its groups (their counts load on opening). */
async function openFilters(page: Page): Promise<void> {
  await page.getByText('Nach Art, Jahr und Landkreis filtern').click();
  await expect.poll(() => page.getByRole('group', { name: 'Art' }).isVisible(), WAIT).toBe(true);
}

const countIn = (sentence: string) => Number(/^([\d.]+) Ergebnis/.exec(sentence)?.[1]?.replace('.', '') ?? 0);

function builtHtml(urlPath: string): string {
  return readFileSync(path.join(siteDir, urlPath, 'index.html'), 'utf8');
}

describe('the index', () => {
  it('is German and built with the site', () => {
    const entry = JSON.parse(readFileSync(path.join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['de']);
    expect(builtHtml('/suche/')).toMatch(/<html lang="de"/);
  });

  it('covers the main content of content pages, and only that', () => {
    for (const url of Object.values(URLS)) {
      const html = builtHtml(url);
      expect(html.match(/data-pagefind-body/g), url).toHaveLength(1);
      expect(html, url).toMatch(/<main[^>]*>[\s\S]*data-pagefind-body[\s\S]*<\/main>/);
    }
    for (const url of ['/impressum/', '/datenschutz/', '/barrierefreiheit/', '/suche/', '/admin/', '/', '/kommunen/', '/aktuelles/']) {
      expect(builtHtml(url), url).not.toContain('data-pagefind-body');
    }
  });
});

describe('finding things', () => {
  it('finds the article, the town and the event for "Heidenau", the town first', async () => {
    const page = await openSearch('Heidenau');
    const results = await shownResults(page);
    const hrefs = results.map((r) => r.href);
    expect(hrefs).toEqual(expect.arrayContaining([URLS.article, URLS.town, URLS.event]));
    expect(results[0]).toMatchObject({ href: URLS.town, title: 'Heidenau', type: 'Kommune' });
    expect(results.find((r) => r.href === URLS.article)).toMatchObject({ type: 'Artikel', meta: 'Artikel · 9. August 2023', datetime: '2023-08-09' });
    expect(results.find((r) => r.href === URLS.event)).toMatchObject({ type: 'Termin', datetime: '2023-08-26' });
    expect(results.flatMap((r) => r.marks).join(' ')).toContain('Heidenau');
    await page.close();
  });

  it.each(['schwänzen', 'Glänzen statt schwänzen'])('finds the campaign for "%s" and highlights the words with umlauts', async (query) => {
    const page = await openSearch(query);
    const results = await shownResults(page);
    const campaign = results.find((r) => r.href === URLS.campaign);
    expect(campaign).toMatchObject({ type: 'Kampagne', title: expect.stringMatching(/^Glänzen statt schwänzen/) });
    expect(results[0]!.href).toBe(URLS.campaign);
    expect(campaign!.marks.join(' ').toLowerCase()).toContain('schwänzen');
    await page.close();
  });

  it('finds a town by part of its double name ("Hörnitz")', async () => {
    const page = await openSearch('Hörnitz');
    expect((await shownResults(page))[0]).toMatchObject({ href: URLS.hoernitz, title: 'Bertsdorf-Hörnitz', type: 'Kommune' });
    await page.close();
  });

  it('finds "Kommune" and "Kommunen" alike', async () => {
    const singular = await openSearch('Kommune');
    const plural = await openSearch('Kommunen');
    const one = (await shownResults(singular)).map((r) => r.href);
    const many = (await shownResults(plural)).map((r) => r.href);
    expect(one.length).toBeGreaterThan(0);
    expect(new Set(one)).toEqual(new Set(many));
    await singular.close();
    await plural.close();
  });

  it('finds agreements for "Kooperationsvereinbarung"', async () => {
    const page = await openSearch('Kooperationsvereinbarung');
    const results = await shownResults(page);
    const agreements = results.filter((r) => r.type === 'Vereinbarung');
    expect(agreements.length).toBeGreaterThanOrEqual(2);
    for (const a of agreements) expect(a.href).toMatch(/^\/vereinbarungen\/[^/]+\/$/);
    await page.close();
  });

  it('leaves header, navigation and footer out of the index', async () => {
    // "Gebärdensprache" stands only in the footer of every page.
    const page = await openSearch('Gebärdensprache');
    expect(await status(page).textContent()).toBe('Keine Ergebnisse für „Gebärdensprache“');
    await page.close();
  });
});

describe('the results page', () => {
  it('announces the number of results in a polite live region', async () => {
    const page = await openSearch('Heidenau');
    const region = status(page);
    expect(await region.getAttribute('aria-live')).toBe('polite');
    const sentence = (await region.textContent()) ?? '';
    expect(sentence).toMatch(/^\d+ Ergebnisse für „Heidenau“$/);
    const count = countIn(sentence);
    const shown = (await shownResults(page)).length;
    expect(shown).toBe(Math.min(count, 10));
    await page.close();
  });

  it('runs ?q= from the address on load and keeps the address in step with the field', async () => {
    const page = await openSearch('Heidenau');
    expect(await page.getByRole('searchbox', { name: 'Website durchsuchen' }).last().inputValue()).toBe('Heidenau');
    const before = (await status(page).textContent()) ?? '';
    await page.locator('#suche-q').fill('Hörnitz');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), WAIT).toBe('Hörnitz');
    expect(await settled(page, before)).toMatch(/für „Hörnitz“$/);
    expect((await shownResults(page))[0]!.href).toBe(URLS.hoernitz);
    await page.close();
  });

  it('narrows results by Landkreis, and every result belongs to it', async () => {
    const page = await openSearch('Kooperationsvereinbarung');
    const before = countIn((await status(page).textContent()) ?? '');
    await openFilters(page);
    const group = page.getByRole('group', { name: 'Landkreis' });
    const option = group.getByRole('checkbox').first();
    const label = ((await group.locator('label').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const [, district, predicted] = /^(.*) \((\d+)\)$/.exec(label) ?? [];
    expect(district, label).toBeTruthy();
    await option.check();
    const sentence = await settled(page, `${before} Ergebnisse für „Kooperationsvereinbarung“`);
    const after = countIn(sentence);
    expect(after).toBeLessThan(before);
    expect(after).toBe(Number(predicted));
    expect(sentence).toContain('mit den gewählten Filtern');
    expect(new URL(page.url()).searchParams.getAll('landkreis')).toEqual([district]);
    for (const r of await shownResults(page)) {
      expect(builtHtml(r.href), r.href).toMatch(new RegExp(`data-pf-landkreis-\\d+="${district}"`));
    }
    await page.close();
  });

  it('sorts by date, newest first, with undated results after the dated ones', async () => {
    const page = await openSearch('Heidenau');
    const previous = (await status(page).textContent()) ?? '';
    await page.getByRole('combobox', { name: 'Sortierung' }).selectOption({ label: 'Neueste zuerst' });
    await expect.poll(() => new URL(page.url()).searchParams.get('sortierung'), WAIT).toBe('neueste');
    await idle(page);
    expect(await status(page).textContent()).toBe(previous);
    const dates = (await shownResults(page)).map((r) => r.datetime);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(0, dated.length)).toEqual(dated);
    await page.close();
  });

  it('says so when nothing is found and suggests what to try', async () => {
    const page = await openSearch('Quargelbrotzeit');
    expect(await status(page).textContent()).toBe('Keine Ergebnisse für „Quargelbrotzeit“');
    expect(await resultList(page).locator('li').count()).toBe(0);
    await expect.poll(() => page.getByText('Prüfen Sie die Schreibweise.').isVisible(), WAIT).toBe(true);
    expect(await page.getByText(/weniger oder allgemeinere Wörter/).isVisible()).toBe(true);
    for (const name of ['Aktuelles: alle Meldungen', 'Alle Kommunen', 'Alle Termine', 'Alle Kampagnen', 'Alle Personen']) {
      expect(await page.getByRole('main').getByRole('link', { name }).isVisible(), name).toBe(true);
    }
    await page.close();
  });

  it('shows more results on request and moves focus to the first new one', async () => {
    const page = await openSearch('Kooperationsvereinbarung');
    const count = countIn((await status(page).textContent()) ?? '');
    expect(count).toBeGreaterThan(10);
    const more = page.getByRole('button', { name: /^Weitere Ergebnisse anzeigen/ });
    expect(await more.innerText()).toBe(`Weitere Ergebnisse anzeigen (noch ${count - 10})`);
    await more.click();
    await expect.poll(async () => (await shownResults(page)).length, WAIT).toBe(Math.min(count, 20));
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('h3 a')?.textContent);
    expect(focused).toBe((await shownResults(page))[10]!.title);
    await page.close();
  });

  it('has no axe violations with results and filters shown', async () => {
    const page = await openSearch('Heidenau');
    await openFilters(page);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('works by keyboard: Tab to the field, type, Enter, Tab to the first result', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${siteUrl}/suche/`);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 30 && (await focusedId()) !== 'suche-q'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('suche-q');
    await page.keyboard.type('Heidenau');
    await page.keyboard.press('Enter');
    await settled(page);
    const first = (await shownResults(page))[0]!;
    const inList = () => page.evaluate(() => !!document.activeElement?.closest('[data-search-list]'));
    for (let i = 0; i < 5 && !(await inList()); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first.title);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === first.href);
    await page.close();
  });

  it('works by keyboard in the filters: open the panel, tick a box, keep the focus there', async () => {
    const page = await openSearch('Heidenau');
    const before = (await status(page).textContent()) ?? '';
    const summary = page.getByText('Nach Art, Jahr und Landkreis filtern');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('group', { name: 'Art' }).isVisible(), WAIT).toBe(true);
    const firstBox = page.getByRole('group', { name: 'Art' }).getByRole('checkbox').first();
    const isFocused = () => firstBox.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 5 && !(await isFocused()); i++) await page.keyboard.press('Tab');
    expect(await isFocused()).toBe(true);
    await page.keyboard.press('Space');
    await settled(page, before);
    await idle(page);
    expect(await firstBox.isChecked()).toBe(true);
    expect(await isFocused()).toBe(true);
    await page.close();
  });
});

describe('when things go wrong', () => {
  it('says so when the index cannot be loaded, and offers the lists', async () => {
    const page = await browser.context.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${siteUrl}/suche/?q=Heidenau`);
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/^Die Suche ist gerade nicht verfügbar/);
    expect(await page.getByRole('main').getByRole('link', { name: 'Alle Kommunen' }).isVisible()).toBe(true);
    expect(await page.getByText('Prüfen Sie die Schreibweise.').isVisible()).toBe(false);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('says the search needs it and links to the lists', async () => {
    const plain = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await plain.context.newPage();
      await page.goto(`${siteUrl}/suche/?q=Heidenau`);
      expect(await page.getByText(/Die Suche braucht JavaScript/).isVisible()).toBe(true);
      for (const name of ['Aktuelles: alle Meldungen', 'Alle Kommunen', 'Alle Termine', 'Alle Kampagnen', 'Alle Personen']) {
        expect(await page.getByRole('main').getByRole('link', { name }).first().isVisible(), name).toBe(true);
      }
    } finally {
      await plain.close();
    }
  });
});
