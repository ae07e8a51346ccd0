/**
 * The built site as the quality checks see it: its HTML files, the pages to sweep (every sitemap URL, the 404
 * page and /suche/, so new pages are covered as soon as they are built), parsed documents and `_headers`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { parseHeadersFile, type HeaderRule } from '../../../src/lib/security/headers-file.ts';
import { sitemapLocations, toSitePath } from '../lib/sitemap.ts';

/** A path no page has: the host answers it with the 404 page. */
export const MISSING_PAGE = '/diese-seite-gibt-es-nicht/';
export const SEARCH_PAGE = '/suche/';

/** Site URL and base path of the builds made for the tests (astro.config.mjs defaults). */
export const TEST_SITE = 'https://asskomm.example';

/** Every HTML file of a build, relative with "/" ("kommunen/pirna/index.html"). */
export function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** "kommunen/pirna/index.html" → "/kommunen/pirna/", "404.html" → "/404.html". */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file a static host serves for a path, or null ("/kommunen/" → "kommunen/index.html"). */
export function fileOfPath(siteDir: string, urlPath: string): string | null {
  const relative = urlPath.replace(/^\/+/, '');
  const candidates = urlPath.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  for (const candidate of candidates) {
    const full = path.join(siteDir, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

/** Every page the sitemap lists, as paths on the served build. */
export function sitemapPaths(siteDir: string, site = TEST_SITE, base = '/'): string[] {
  const pending = ['sitemap-index.xml'];
  const pages = new Set<string>();
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const full = path.join(siteDir, file);
    if (!existsSync(full)) throw new Error(`Sitemap ${file} fehlt im Build.`);
    for (const location of sitemapLocations(readFileSync(full, 'utf8'))) {
      const sitePath = toSitePath(location, site, base);
      if (sitePath === null) throw new Error(`${file}: ${location} liegt nicht unter ${site}${base}.`);
      if (sitePath.endsWith('.xml')) pending.push(sitePath.slice(1));
      else pages.add(sitePath);
    }
  }
  return [...pages].sort();
}

/**
 * The pages every browser check visits: the sitemap, /suche/, and the 404 page twice: for a missing address at
 * the top and inside a folder (hosts apply that folder's headers to it).
 */
export function sweepPaths(siteDir: string): string[] {
  const sitemap = sitemapPaths(siteDir);
  const pages = new Set(sitemap);
  pages.add(MISSING_PAGE);
  const folder = sitemap.map((p) => p.split('/')).find((parts) => parts.length > 3)?.[1];
  if (folder) pages.add(`/${folder}${MISSING_PAGE}`);
  if (existsSync(path.join(siteDir, 'suche/index.html'))) pages.add(SEARCH_PAGE);
  return [...pages];
}

let parser: Parser | undefined;

/** Parses HTML with html-validate's parser (a devDependency the checks use anyway). */
export async function parseHtml(html: string): Promise<HtmlElement> {
  parser ??= new Parser(await new StaticConfigLoader({ elements: ['html5'] }).getConfigFor('page.html'));
  return parser.parseHtml(html);
}

export async function readPage(siteDir: string, file: string): Promise<HtmlElement> {
  return parseHtml(readFileSync(path.join(siteDir, file), 'utf8'));
}

/** The rules of the build's `_headers`. */
export function headerRulesOf(siteDir: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(path.join(siteDir, '_headers'), 'utf8'));
}
