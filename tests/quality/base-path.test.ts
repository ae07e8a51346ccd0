/**
 * The site works as .github/workflows/deploy.yml publishes it on GitHub Pages: under a sub-path
 * (https://<owner>.github.io/<repo>/), without custom headers, with the CSP in each page (CSP_META=1), and
 * with the CMS set up for the GitHub backend. Built with BASE_PATH=/asskomm/ and served only under that
 * prefix, every internal link and asset resolves, nothing escapes to the host's root, and the search and the
 * CMS start from under the prefix without a CSP violation.
 */
import { crawlInternalLinks } from './support/crawl.ts';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildForGitHubPages, GITHUB_PAGES } from '../support/project.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { headerRulesOf, htmlFiles, sitemapPaths, TEST_SITE } from './support/site.ts';

const BASE = GITHUB_PAGES.base;
let root: string;
let siteDir: string;
let server: StaticServer;

beforeAll(async () => {
  ({ root, siteDir } = buildForGitHubPages('asskomm-base-'));
  // The host's root holds nothing but the sub-path: a link that forgets the base path is a 404.
  // No headers: GitHub Pages cannot send any.
  server = await serveStatic(root);
}, 900_000);

afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe(`the site under ${BASE}`, () => {
  it('lists only URLs under the base path in its sitemap', () => {
    expect(sitemapPaths(siteDir, TEST_SITE, BASE).length).toBeGreaterThan(1);
  });

  it('has no broken internal link or asset (linkinator from every sitemap page)', async () => {
    const starts = [...sitemapPaths(siteDir, TEST_SITE, BASE), '/404.html'].map((p) => new URL(encodeURI(`${BASE}${p.slice(1)}`), server.url).href);
    const origin = new URL(server.url).origin;
    const crawl = await crawlInternalLinks(starts, origin);
    expect(crawl.broken).toEqual([]);
    const escaped = crawl.urls.filter((u) => !u.startsWith(`${origin}${BASE}`));
    expect(escaped).toEqual([]);
  });

  it('puts every _headers rule under the base path', () => {
    expect(headerRulesOf(siteDir).every((rule) => rule.path.startsWith(BASE))).toBe(true);
  });

  it('carries the CSP in every page, before any script, style or stylesheet', () => {
    const problems = htmlFiles(siteDir).filter((file) => {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      const meta = html.indexOf('<meta http-equiv="Content-Security-Policy" content="default-src \'self\';');
      const first = Math.min(...['<script', '<style', '<link'].map((tag) => html.indexOf(tag)).filter((i) => i >= 0));
      return meta === -1 || meta > first;
    });
    expect(problems).toEqual([]);
  });

  /** Loads a page in Chromium; returns failed requests, requests outside the base path and CSP violations. */
  async function visit(urlPath: string, ready: (page: Page) => Promise<void>): Promise<{ failed: string[]; outside: string[]; violations: string[] }> {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const failed: string[] = [];
      const outside: string[] = [];
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.effectiveDirective}: ${e.blockedURI || 'inline'}`),
        );
      });
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText ?? 'ERR'} ${r.url()}`));
      page.on('request', (r) => {
        if (!r.url().startsWith(`${server.url}${BASE}`) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
      });
      page.on('pageerror', (e) => failed.push(e.message));
      await page.goto(`${server.url}${BASE}${urlPath}`, { waitUntil: 'networkidle' });
      await ready(page);
      return { failed, outside, violations };
    } finally {
      await browser.close();
    }
  }

  it('runs the search from under the base path, with no failed request and no CSP violation', async () => {
    const result = await visit('suche/?q=Sicherheit', async (page) => {
      const pagefindRequests = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).length);
      expect(pagefindRequests, 'Pagefind wurde geladen').toBeGreaterThan(0);
    });
    expect(result).toEqual({ failed: [], outside: [], violations: [] });
  });

  it('starts the CMS under its own policy (eval for Decap, nothing foreign before login)', async () => {
    const result = await visit('admin/', async (page) => {
      await page.getByRole('button', { name: /GitHub/ }).waitFor({ timeout: 30_000 });
    });
    expect(result).toEqual({ failed: [], outside: [], violations: [] });
  });
});
