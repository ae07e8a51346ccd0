/**
 * Content that may legitimately render, built into a copy of the project (tests/fixtures/hostile-render/):
 * an RTL override (U+202E) in the text (plain-text fields refuse it, see model/fields.ts), HTML entities that decode to "<script>" and "javascript:",
 * text that looks like a data: URL, a long word, "<jetzt>" as escaped text. Served WITH the build's
 * `_headers` and loaded in Chromium, every page that shows the fixture must cause no dialog, no navigation
 * away, no request to another origin and no CSP violation.
 *
 * Then the other half of the wall: a foreign inline <script> put into a built page afterwards (the content
 * check rejects it in MDX, so it is simulated by editing the HTML) is blocked by the CSP header in the
 * browser (header CSP, and the <meta> policy of a CSP_META=1 build served without headers), and the build's
 * security-headers step refuses the same page when it finds it at build time.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import securityHeaders from '../src/integrations/security-headers.ts';
import { headersForPath, parseHeadersFile } from '../src/lib/security/headers-file.ts';
import { launchBrowser, type Browser } from './support/browser.ts';
import { buildSite, copyProject, projectRoot, removeDirs } from './support/project.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const FIXTURES = path.join(projectRoot, 'tests/fixtures/hostile-render');
/** A word of the fixture article that appears on every page showing it (title, teaser or text). */
const MARKER = 'Prüfbeitrag Darstellung';
const ARTICLE = 'aktuelles/pruefbeitrag-darstellung/index.html';

let project: string;
let out: string;
let server: StaticServer;
let browser: Browser;

declare global {
  interface Window {
    __cspViolations: string[];
    __injectedRan?: boolean;
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'));
}

const urlPathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** Loads a path and records everything the wall must prevent. */
async function visit(urlPath: string): Promise<{ dialogs: string[]; foreign: string[]; violations: string[]; console: string[]; finalUrl: string; navigations: string[]; page: Page }> {
  const page = await browser.context.newPage();
  const seen = { dialogs: [] as string[], foreign: [] as string[], console: [] as string[], navigations: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== server.url && !r.url().startsWith('data:')) seen.foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') seen.console.push(m.text());
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) seen.navigations.push(f.url());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const target = `${server.url}${urlPath}`;
  await page.goto(target, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => window.__cspViolations);
  return { ...seen, violations, finalUrl: page.url(), page };
}

beforeAll(async () => {
  project = copyProject('asskomm-hostile-render-');
  cpSync(path.join(FIXTURES, 'content'), path.join(project, 'content'), { recursive: true });
  out = mkdtempSync(path.join(os.tmpdir(), 'asskomm-hostile-render-site-'));
  buildSite(project, { OUT_DIR: out }, 'Build mit den Fixtures');
  const rules = parseHeadersFile(readFileSync(path.join(out, '_headers'), 'utf8'));
  server = await serveStatic(out, (urlPath) => headersForPath(rules, urlPath));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeDirs(project, out);
});

describe('hostile content that may render', () => {
  it('builds, and the text arrives as text (escaped, no element, no link)', () => {
    const html = readFileSync(path.join(out, ARTICLE), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toContain('&lt;jetzt&gt;');
    expect(main).not.toMatch(/<jetzt|<script|<img src=x/i);
    expect(main).not.toMatch(/href="\s*(?:javascript|data):/i);
    expect(main).toContain('\u202e');
  });

  it('causes no dialog, no navigation, no foreign request and no CSP violation on any page that shows it', async () => {
    const pages = htmlFiles(out).filter((f) => readFileSync(path.join(out, f), 'utf8').includes(MARKER));
    expect(pages).toContain(ARTICLE);
    expect(pages.length).toBeGreaterThan(1); // the article and the lists that show it
    for (const file of pages) {
      const result = await visit(urlPathOf(file));
      expect.soft(result.dialogs, file).toEqual([]);
      expect.soft(result.foreign, file).toEqual([]);
      expect.soft(result.violations, file).toEqual([]);
      expect.soft(result.console.filter((m) => /Content Security Policy|Refused/i.test(m)), file).toEqual([]);
      expect.soft(result.navigations, file).toEqual([`${server.url}${urlPathOf(file)}`]);
      expect.soft(result.finalUrl, file).toBe(`${server.url}${urlPathOf(file)}`);
      await result.page.close();
    }
  });
});

describe('a foreign inline script in a built page', () => {
  const INJECTED = '<script>window.__injectedRan = true; alert("eingeschleust")</script>';

  it('is blocked by the CSP header in Chromium', async () => {
    const file = path.join(out, ARTICLE);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('</main>', `${INJECTED}</main>`));
    try {
      const result = await visit(urlPathOf(ARTICLE));
      expect(await result.page.evaluate(() => window.__injectedRan)).toBeUndefined();
      expect(result.dialogs).toEqual([]);
      expect(result.violations.some((v) => v.startsWith('script-src') && v.endsWith('inline'))).toBe(true);
      await result.page.close();
    } finally {
      writeFileSync(file, original);
    }
  });

  it('stops the build’s security-headers step, naming the page, when it is there at build time', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'asskomm-hostile-render-inject-'));
    try {
      cpSync(out, copy, { recursive: true });
      rmSync(path.join(copy, '_headers'));
      const file = path.join(copy, ARTICLE);
      writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', `${INJECTED}</main>`));
      const hooks = securityHeaders().hooks as Record<string, (options: unknown) => void>;
      hooks['astro:config:done']!({ config: { base: '/', root: pathToFileURL(`${project}/`) } });
      const run = () => hooks['astro:build:done']!({ dir: pathToFileURL(`${copy}/`), logger: { info() {}, warn() {} } });
      expect(run).toThrow(/Build abgebrochen/);
      expect(run).toThrow(/aktuelles\/pruefbeitrag-darstellung\/index\.html: fremdes Inline-Skript „window\.__injectedRan = true;/);
      expect(readdirSync(copy)).not.toContain('_headers');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('with CSP_META=1 (GitHub Pages: no headers, the policy as <meta> in each page)', () => {
  let metaOut: string;
  let bare: StaticServer;
  beforeAll(async () => {
    metaOut = mkdtempSync(path.join(os.tmpdir(), 'asskomm-hostile-render-meta-'));
    buildSite(project, { OUT_DIR: metaOut, CSP_META: '1' }, 'Build mit CSP_META=1');
    bare = await serveStatic(metaOut);
  }, 600_000);
  afterAll(async () => {
    await bare?.close();
    if (metaOut) rmSync(metaOut, { recursive: true, force: true });
  });

  it('blocks a foreign inline script put into a built page, by the page’s own <meta> policy', async () => {
    const file = path.join(metaOut, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<script>window.__injectedRan = true; alert("eingeschleust")</script></main>'));
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(`${bare.url}${urlPathOf(ARTICLE)}`);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    expect(await page.evaluate(() => window.__injectedRan)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect((await page.evaluate(() => window.__cspViolations)).some((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  });
});

