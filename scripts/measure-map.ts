/**
 * How much a visitor downloads for the map page: the HTML and everything Chromium fetches to show it
 * (stylesheets, the fonts the page really uses, scripts, images), each compressed with brotli as a
 * server would send it. Budget: 60 KB (60 000 bytes).
 *
 *   npx node scripts/measure-map.ts [built site folder, default dist] [page, default /karte/]
 *
 * The site tests call measurePage() on the freshly built site (tests/map.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

export const MAP_PAGE_BUDGET = 60_000;

export interface Resource {
  /** Path as requested ("/karte/", "/_astro/index.abc.css"). */
  path: string;
  bytes: number;
  brotli: number;
}

export interface PageWeight {
  page: string;
  width: number;
  resources: Resource[];
  /** Sum of the brotli sizes. */
  total: number;
}

function fileFor(siteDir: string, urlPath: string): string {
  const file = path.join(siteDir, decodeURIComponent(urlPath));
  return urlPath.endsWith('/') ? path.join(file, 'index.html') : file;
}

/** Loads `page` from the built site in Chromium at the given widths and sums what it fetched from the site. */
export async function measurePage(siteDir: string, page = '/karte/', widths = [1280, 375]): Promise<PageWeight[]> {
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const results: PageWeight[] = [];
    for (const width of widths) {
      const tab = await browser.context.newPage();
      await tab.setViewportSize({ width, height: 900 });
      const fetched = new Set<string>();
      tab.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin === server.url) fetched.add(url.pathname);
      });
      await tab.goto(server.url + page, { waitUntil: 'load' });
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      await tab.close();
      const resources = [...fetched].sort().map((p) => {
        const content = readFileSync(fileFor(siteDir, p));
        return { path: p, bytes: content.length, brotli: brotliCompressSync(content).length };
      });
      results.push({ page, width, resources, total: resources.reduce((sum, r) => sum + r.brotli, 0) });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const [siteDir = 'dist', page = '/karte/'] = process.argv.slice(2);
  for (const w of await measurePage(path.resolve(siteDir), page)) {
    console.log(`${w.page} bei ${w.width} px Breite:`);
    for (const r of w.resources) console.log(`  ${String(r.brotli).padStart(7)} B brotli (${r.bytes} B roh)  ${r.path}`);
    const verdict = w.total <= MAP_PAGE_BUDGET ? 'im Rahmen' : 'ÜBER DEM BUDGET';
    console.log(`  ${String(w.total).padStart(7)} B gesamt, Budget ${MAP_PAGE_BUDGET} B: ${verdict}`);
  }
}
