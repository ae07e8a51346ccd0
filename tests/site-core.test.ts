/**
 * The site's frame, news and fixed pages, checked on the built site as a visitor gets it: HTML files parsed
 * with a real parser (html-validate's), the RSS feed parsed by Chromium's XML parser, print and focus in Chromium.
 * Expected values come from the content files themselves, never from the code under test.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './support/browser.ts';
import { contentEntries } from './support/content.ts';
import { addPhotoArticles, type PhotoArticle } from './support/photo-articles.ts';
import { buildSite, copyProject, projectRoot } from './support/project.ts';
import { htmlFiles, parseHtml, readPage } from './quality/support/site.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const SITE = 'https://asskomm.example';

const ARTICLE = '/aktuelles/mehr-als-nur-die-nummer-53/';
const ARTICLE_FILE = 'aktuelles/mehr-als-nur-die-nummer-53/index.html';

const entries = contentEntries;

const published = entries('articles').filter((a) => a.data.draft !== true);
const pages = entries('pages');

const page = (file: string) => readPage(siteDir, file);
/** Text as a visitor reads it: whitespace collapsed, soft hyphens (invisible unless a word breaks) removed. */
const text = (s: string | undefined) => (s ?? '').replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();

/** Pages of every kind this part of the site builds. */
const FRAME_PAGES = ['index.html', 'aktuelles/index.html', ARTICLE_FILE, 'ueber-asskomm/index.html', 'impressum/index.html', '404.html'];

describe('the article page (Heidenau)', () => {
  it('shows the date as "9. August 2023" in <time datetime="2023-08-09">, the title as h1 and the lead', async () => {
    const doc = await page(ARTICLE_FILE);
    const main = doc.querySelectorAll('main')[0]!;
    const times = main.querySelectorAll('time[datetime="2023-08-09"]');
    expect(times.map((t) => text(t.textContent))).toContain('9. August 2023');
    const h1 = main.querySelectorAll('h1');
    expect(h1.map((h) => text(h.textContent))).toEqual(['Mehr als nur die Nummer 53']);
    expect(text(main.textContent)).toContain('Heidenau ist dem ASSKomm-Verbund beigetreten.');
    // The body starts with its own h2, below the page's h1.
    expect(main.querySelectorAll('h2').map((h) => text(h.textContent))).toContain('Neu in der ASSKomm-Familie');
  });

  it('carries NewsArticle JSON-LD built from the article', async () => {
    const doc = await page(ARTICLE_FILE);
    const data = doc.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => [JSON.parse(s.textContent)].flat());
    const news = data.find((d) => d['@type'] === 'NewsArticle');
    expect(news).toMatchObject({
      headline: 'Mehr als nur die Nummer 53',
      datePublished: '2023-08-09',
      url: `${SITE}${ARTICLE}`,
      contentLocation: [{ name: 'Heidenau' }],
    });
    const card = `${SITE}/og/aktuelles/mehr-als-nur-die-nummer-53.png`;
    expect(news.image).toEqual([card]);
    expect(doc.querySelectorAll('meta[property="og:image"]')[0]!.getAttributeValue('content')).toBe(card);
    expect(doc.querySelectorAll('meta[name="twitter:card"]')[0]!.getAttributeValue('content')).toBe('summary_large_image');
    expect(existsSync(path.join(siteDir, 'og/aktuelles/mehr-als-nur-die-nummer-53.png'))).toBe(true);
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Startseite', 'Aktuelles', 'Mehr als nur die Nummer 53']);
  });

  it('shows the agreement with its signatories, the campaign, the event and the town as cards', async () => {
    const doc = await page(ARTICLE_FILE);
    const links = doc.querySelectorAll('main a').map((a) => a.getAttributeValue('href'));
    expect(links).toContain('/vereinbarungen/kv-heidenau-2023/');
    expect(links).toContain('/kampagnen/glaenzen-statt-schwaenzen/');
    expect(links).toContain('/termine/infotag-schulabsentismus-heidenau-2023/');
    expect(links).toContain('/kommunen/heidenau/');
    expect(links).toContain('/personen/juergen-opitz/');
    expect(links).toContain('#seitenanfang');
    expect(doc.querySelectorAll('#seitenanfang')).toHaveLength(1);
  });
});

describe('the page frame', () => {
  it.each(FRAME_PAGES)('%s: lang="de", one h1, one main, a skip link to it, canonical and description', async (file) => {
    const doc = await page(file);
    expect(doc.querySelectorAll('html')[0]!.getAttributeValue('lang')).toBe('de');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const mains = doc.querySelectorAll('main');
    expect(mains).toHaveLength(1);
    expect(mains[0]!.id).toBe('inhalt');
    const first = doc.querySelectorAll('body a')[0]!;
    expect(first.getAttributeValue('href')).toBe('#inhalt');
    expect(text(first.textContent)).toBe('Zum Inhalt springen');
    expect(doc.querySelectorAll('body > header')).toHaveLength(1);
    expect(doc.querySelectorAll('footer')).toHaveLength(1);
    expect(doc.querySelectorAll('meta[name="description"]')[0]!.getAttributeValue('content')).toMatch(/\S{3}/);
    expect(doc.querySelectorAll('link[rel="icon"][type="image/svg+xml"]')[0]!.getAttributeValue('href')).toBe('/favicon.svg');
    const canonical = doc.querySelectorAll('link[rel="canonical"]');
    if (file === '404.html') {
      expect(canonical).toHaveLength(0);
      expect(doc.querySelectorAll('meta[name="robots"]')[0]!.getAttributeValue('content')).toBe('noindex');
    } else {
      const expected = `${SITE}/${file.replace(/index\.html$/, '')}`;
      expect(canonical.map((c) => c.getAttributeValue('href'))).toEqual([expected]);
      expect(doc.querySelectorAll('meta[property="og:url"]')[0]!.getAttributeValue('content')).toBe(expected);
      expect(doc.querySelectorAll('meta[name="robots"]')).toHaveLength(0);
    }
  });

  it('marks the current item of the main menu, and the section of an article', async () => {
    const current = async (file: string) =>
      (await page(file))
        .querySelectorAll('nav[aria-label="Hauptmenü"] a[aria-current]')
        .map((a) => [text(a.textContent), a.getAttributeValue('aria-current')]);
    expect(await current('aktuelles/index.html')).toEqual([['Aktuelles', 'page']]);
    expect(await current(ARTICLE_FILE)).toEqual([['Aktuelles', 'true']]);
    expect(await current('ueber-asskomm/index.html')).toEqual([['Über ASSKomm', 'page']]);
    expect(await current('impressum/index.html')).toEqual([]);
  });

  it('names the site and has a GET search form to /suche/ with a visible label for its field "q"', async () => {
    const doc = await page('impressum/index.html');
    expect(text(doc.querySelectorAll('header')[0]!.textContent)).toContain('Allianz Sichere Sächsische Kommunen');
    const forms = doc.querySelectorAll('header form[role="search"]');
    expect(forms).toHaveLength(1);
    expect(forms[0]!.getAttributeValue('action')).toBe('/suche/');
    expect(forms[0]!.getAttributeValue('method')).toBe('get');
    const input = forms[0]!.querySelectorAll('input[name="q"]')[0]!;
    const label = forms[0]!.querySelectorAll(`label[for="${input.id}"]`)[0]!;
    expect(text(label.textContent)).toBe('Website durchsuchen');
  });

  it('links every fixed page in the footer, in their order, and the contact address', async () => {
    const doc = await page('index.html');
    const footer = doc.querySelectorAll('footer')[0]!;
    const expected = [...pages]
      .sort((a, b) => Number(a.data.order ?? 1000) - Number(b.data.order ?? 1000))
      .map((p) => [String(p.data.title), `/${p.id}/`]);
    const internal = footer.querySelectorAll('a').filter((a) => expected.some(([, href]) => href === a.getAttributeValue('href')));
    expect(internal.map((a) => [text(a.textContent), a.getAttributeValue('href')])).toEqual(expected);
    const settings = parseYaml(readFileSync(path.join(projectRoot, 'content/settings/site.yaml'), 'utf8'));
    expect(footer.querySelectorAll('a').map((a) => a.getAttributeValue('href'))).toContain(`mailto:${settings.contactEmail}`);
  });

  it('has no script on content pages, except JSON-LD data', () => {
    const withScript: string[] = [];
    for (const file of htmlFiles(siteDir)) {
      // The search page needs Pagefind's script; the CMS is an editors' tool, not a public page.
      if (file.startsWith('admin/') || file.startsWith('suche/')) continue;
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
        if (!/type="application\/ld\+json"/.test(tag)) withScript.push(`${file}: ${tag}`);
      }
    }
    expect(withScript).toEqual([]);
  });

  it('answers an unknown address with a way on: search form and main links', async () => {
    const doc = await page('404.html');
    const main = doc.querySelectorAll('main')[0]!;
    expect(text(main.querySelectorAll('h1')[0]!.textContent)).toBe('Seite nicht gefunden');
    expect(main.querySelectorAll('form input[name="q"]')).toHaveLength(1);
    const hrefs = main.querySelectorAll('a').map((a) => a.getAttributeValue('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/', '/aktuelles/', '/kommunen/']));
    const res = await fetch(`${siteUrl}/diese-seite-gibt-es-nicht/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Seite nicht gefunden');
  });

  it('has a robots.txt that names the sitemap', () => {
    const robots = readFileSync(path.join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(existsSync(path.join(siteDir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('news', () => {
  const perPage = 10;
  const total = Math.max(1, Math.ceil(published.length / perPage));

  it('lists the newest ten published articles on /aktuelles/ and the rest on numbered pages', async () => {
    const titles = async (file: string) =>
      (await page(file)).querySelectorAll('main article h2 a').map((a) => text(a.textContent));
    const newest = [...published].sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)));
    expect(await titles('aktuelles/index.html')).toEqual(newest.slice(0, perPage).map((a) => String(a.data.title)));
    for (let n = 2; n <= total; n++) {
      expect(await titles(`aktuelles/seite/${n}/index.html`)).toEqual(
        newest.slice((n - 1) * perPage, n * perPage).map((a) => String(a.data.title)),
      );
    }
    expect(existsSync(path.join(siteDir, `aktuelles/seite/${total + 1}/index.html`))).toBe(false);
    expect(existsSync(path.join(siteDir, 'aktuelles/seite/1/index.html'))).toBe(false);
  });

  it('has a page per year and per topic with exactly the matching articles', async () => {
    const years = new Set(published.map((a) => String(a.data.date).slice(0, 4)));
    for (const year of years) {
      const doc = await page(`aktuelles/${year}/index.html`);
      expect(text(doc.querySelectorAll('h1')[0]!.textContent)).toBe(`Meldungen aus dem Jahr ${year}`);
      const expected = published.filter((a) => String(a.data.date).startsWith(year)).length;
      expect(doc.querySelectorAll('main article h2 a')).toHaveLength(expected);
    }
    const doc = await page('aktuelles/thema/schulabsentismus/index.html');
    const titles = doc.querySelectorAll('main article h2 a').map((a) => text(a.textContent));
    expect(titles).toContain('Mehr als nur die Nummer 53');
    expect(titles).toHaveLength(published.filter((a) => (a.data.topics as string[] | undefined)?.includes('schulabsentismus')).length);
  });

  it('offers an RSS 2.0 feed that parses and contains the article', async () => {
    const browser = await launchBrowser();
    try {
      const tab = await browser.context.newPage();
      await tab.goto(`${siteUrl}/`);
      const feed = await tab.evaluate(async () => {
        const xml = await (await fetch('/aktuelles/feed.xml')).text();
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          version: doc.documentElement.getAttribute('version'),
          language: doc.querySelector('channel > language')?.textContent,
          items: [...doc.querySelectorAll('item')].map((i) => ({
            title: i.querySelector('title')?.textContent,
            link: i.querySelector('link')?.textContent,
            pubDate: i.querySelector('pubDate')?.textContent,
          })),
        };
      });
      expect(feed.error).toBeNull();
      expect(feed.version).toBe('2.0');
      expect(feed.language).toBe('de-de');
      expect(feed.items).toHaveLength(published.length);
      const item = feed.items.find((i) => i.title === 'Mehr als nur die Nummer 53');
      expect(item?.link).toBe(`${SITE}${ARTICLE}`);
      expect(new Date(item!.pubDate!).toISOString()).toBe('2023-08-08T22:00:00.000Z');
    } finally {
      await browser.close();
    }
  });
});

describe('the start page', () => {
  it('shows key figures counted from the content and the latest article', async () => {
    const doc = await page('index.html');
    const figures = Object.fromEntries(
      doc.querySelectorAll('main dl div').map((d) => [text(d.querySelectorAll('dt')[0]?.textContent), text(d.querySelectorAll('dd')[0]?.textContent)]),
    );
    // Taking part: an agreement (signed itself or by its group) or a step beyond a first contact; a pilot alone does not count.
    const towns = entries('towns');
    const signed = new Set(entries('agreements').flatMap((a) => a.data.towns as string[]));
    const hasStep = (t: (typeof towns)[number]) =>
      signed.has(t.id) || ((t.data.milestones as { kind: string }[] | undefined) ?? []).some((m) => m.kind !== 'kontaktiert');
    const agsOfId = (id: string) => String(towns.find((t) => t.id === id)!.data.ags);
    const ags = new Set(
      towns.filter(hasStep).flatMap((t) => (t.data.ags ? [String(t.data.ags)] : (t.data.members as string[]).map(agsOfId))),
    );
    const kvs = entries('agreements').filter((a) => a.data.kind === 'Kooperationsvereinbarung').length;
    const doc_ = ', wie auf dieser Website dokumentiert';
    expect(figures[`Städte und Gemeinden mit eigenem ASSKomm-Schritt${doc_}`]).toBe(String(ags.size));
    expect(figures['Landkreise und Kreisfreie Städte, in denen sie liegen']).toBe(String(new Set([...ags].map((a) => a.slice(0, 5))).size));
    expect(figures[`Kooperationsvereinbarungen${doc_}`]).toBe(String(kvs));
    const main = doc.querySelectorAll('main')[0]!;
    expect(main.querySelectorAll('h1').map((h) => text(h.textContent))).toEqual(['Allianz Sichere Sächsische Kommunen']);
    expect(main.querySelectorAll('a').map((a) => a.getAttributeValue('href'))).toEqual(
      expect.arrayContaining([ARTICLE, '/karte/', '/zahlen/', '/termine/', '/aktuelles/']),
    );
  });
});

describe('in the browser', () => {
  let browser: Browser;
  let tab: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    tab = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints an article as a clean press release: no menu, search or footer, link addresses written out', async () => {
    await tab.goto(`${siteUrl}${ARTICLE}`);
    const visible = (selector: string) => tab.locator(selector).first().isVisible();
    expect(await visible('nav[aria-label="Hauptmenü"]')).toBe(true);
    expect(await visible('form[role="search"]')).toBe(true);
    await tab.emulateMedia({ media: 'print' });
    expect(await visible('nav[aria-label="Hauptmenü"]')).toBe(false);
    expect(await visible('form[role="search"]')).toBe(false);
    expect(await visible('footer')).toBe(false);
    expect(await visible('h1')).toBe(true);
    const after = await tab
      .locator('main a[href="/kommunen/heidenau/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/kommunen/heidenau/');
    const colour = await tab.locator('main p').first().evaluate((p) => getComputedStyle(p).color);
    expect(colour).toBe('rgb(0, 0, 0)');
    await tab.emulateMedia({ media: 'screen' });
  });

  it('takes keyboard users past the header with the first Tab', async () => {
    await tab.goto(`${siteUrl}/aktuelles/`);
    await tab.keyboard.press('Tab');
    const skip = tab.locator('a[href="#inhalt"]');
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await tab.keyboard.press('Enter');
    await tab.keyboard.press('Tab');
    // The next stop is inside main, not in the header's menu.
    expect(await tab.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('keeps every text colour pair of the design tokens at WCAG AA contrast', async () => {
    await tab.goto(`${siteUrl}/`);
    const ratios = await tab.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('div'));
      const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const rgb = (token: string) => {
        probe.style.color = `var(${token})`;
        ctx.clearRect(0, 0, 1, 1);
        ctx.fillStyle = getComputedStyle(probe).color;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
      };
      const lum = (c: number[]) =>
        c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const ratio = (a: string, b: string) => {
        const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
        return (x! + 0.05) / (y! + 0.05);
      };
      const text = [
        ['--color-text', '--color-background'],
        ['--color-text-muted', '--color-background'],
        ['--color-text-muted', '--color-surface-muted'],
        ['--color-link', '--color-background'],
        ['--color-link', '--color-surface-muted'],
        ['--color-link-visited', '--color-background'],
        ['--color-accent-strong', '--color-surface-accent'],
        ['--color-on-action', '--color-action'],
        ['--color-on-action', '--color-action-hover'],
        ['--color-text-inverse', '--color-surface-inverse'],
      ];
      const nonText = [
        ['--color-focus', '--color-background'],
        ['--color-focus-inverse', '--color-surface-inverse'],
        ['--color-border-strong', '--color-background'],
        ['--color-input-border', '--color-input-background'],
      ];
      return [
        ...text.map(([a, b]) => ({ pair: `${a} / ${b}`, ratio: ratio(a!, b!), needed: 4.5 })),
        ...nonText.map(([a, b]) => ({ pair: `${a} / ${b}`, ratio: ratio(a!, b!), needed: 3 })),
      ];
    });
    expect(ratios.filter((r) => !(r.ratio >= r.needed))).toEqual([]);
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await tab.setViewportSize({ width: 320, height: 700 });
    for (const p of ['/', '/aktuelles/', ARTICLE, '/ueber-asskomm/', '/diese-seite-gibt-es-nicht/']) {
      await tab.goto(`${siteUrl}${p}`);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, p).toBeLessThanOrEqual(0);
    }
  });
});

describe('a build under a sub-path, with a draft and an article with a title photo', () => {
  let dir: string;
  let out: string;
  let photo: PhotoArticle;
  beforeAll(async () => {
    dir = copyProject('asskomm-core-');
    [photo] = await addPhotoArticles(dir, 1, { width: 1600, height: 1067 });
    out = path.join(dir, 'out');
    writeFileSync(
      path.join(dir, 'content/articles/entwurf-zum-testen.mdx'),
      '---\ntitle: Noch nicht freigegeben\ngenre: Pressemitteilung\ndate: "2031-01-01"\nlead: Dieser Entwurf darf nirgends erscheinen.\ndraft: true\n---\n\nText.\n',
    );
    buildSite(dir, { OUT_DIR: out, BASE_PATH: '/asskomm/' });
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('never shows the draft: no page, not in the list, the feed, the archive or the sitemap', () => {
    expect(existsSync(path.join(out, 'aktuelles/entwurf-zum-testen'))).toBe(false);
    expect(existsSync(path.join(out, 'aktuelles/2031'))).toBe(false);
    for (const file of ['aktuelles/index.html', 'aktuelles/feed.xml', 'index.html', 'sitemap-0.xml']) {
      expect(readFileSync(path.join(out, file), 'utf8'), file).not.toContain('Noch nicht freigegeben');
    }
  });

  it('shows the title photo with caption and credit on the article, and as a picture in the teaser', async () => {
    const doc = await parseHtml(readFileSync(path.join(out, `aktuelles/${photo.id}/index.html`), 'utf8'));
    const figure = doc.querySelectorAll('main figure')[0]!;
    expect(figure.querySelectorAll('img')[0]!.getAttributeValue('alt')).toBe(photo.alt);
    expect(text(figure.querySelectorAll('figcaption')[0]!.textContent)).toContain(photo.caption);
    expect(text(figure.querySelectorAll('figcaption')[0]!.textContent)).toContain(photo.credit.replace(/^©\s*/, ''));
    const ld = doc.querySelectorAll('script[type="application/ld+json"]').flatMap((x) => [JSON.parse(x.textContent)].flat());
    const images: { url: string; caption: string; copyrightNotice: string }[] = ld.find((d) => d['@type'] === 'NewsArticle').image;
    expect(images[0]!.url).toMatch(new RegExp(`^${SITE}/asskomm/_astro/${photo.id}\\.[^/]+\\.(jpe?g|webp)$`));
    expect(images[0]!.caption).toBe(photo.caption);
    expect(images[0]!.copyrightNotice).toBe(photo.credit);
    expect(existsSync(path.join(out, images[0]!.url.slice(`${SITE}/asskomm/`.length)))).toBe(true);
    const list = await parseHtml(readFileSync(path.join(out, 'aktuelles/index.html'), 'utf8'));
    const teaser = list.querySelectorAll('main article').find((a) => text(a.textContent).includes(photo.title))!;
    expect(teaser.querySelectorAll('img')).toHaveLength(1);
  });

  it('prefixes every internal link, form, icon, canonical URL and feed link with the sub-path', async () => {
    for (const file of ['index.html', 'aktuelles/index.html', ARTICLE_FILE, 'impressum/index.html', '404.html']) {
      const doc = await parseHtml(readFileSync(path.join(out, file), 'utf8'));
      const rootRelative = [
        ...doc.querySelectorAll('a').map((a) => a.getAttributeValue('href') ?? ''),
        ...doc.querySelectorAll('link').map((l) => l.getAttributeValue('href') ?? ''),
        ...doc.querySelectorAll('form').map((f) => f.getAttributeValue('action') ?? ''),
      ].filter((h) => h.startsWith('/'));
      expect(rootRelative.length, file).toBeGreaterThan(5);
      expect(rootRelative.filter((h) => !h.startsWith('/asskomm/')), file).toEqual([]);
    }
    const article = await parseHtml(readFileSync(path.join(out, ARTICLE_FILE), 'utf8'));
    expect(article.querySelectorAll('link[rel="canonical"]')[0]!.getAttributeValue('href')).toBe(`${SITE}/asskomm${ARTICLE}`);
    expect(readFileSync(path.join(out, 'aktuelles/feed.xml'), 'utf8')).toContain(`<link>${SITE}/asskomm${ARTICLE}</link>`);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/asskomm/sitemap-index.xml`);
  });
});
