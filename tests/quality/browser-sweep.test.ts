/**
 * Every page in Chromium, served WITH the security headers of the build's `_headers` (as Netlify or
 * Cloudflare Pages would): sitemap pages, the 404 page (at the top and inside a folder) and the search
 * (also with a query, so Pagefind's WebAssembly runs under the policy). For each page:
 * - axe-core finds no WCAG 2.1 A/AA violation,
 * - the Content-Security-Policy blocks nothing (no securitypolicyviolation event, no console error or warning),
 * - no request leaves the site's origin, no request fails, no cookie is set.
 * One browser and one context; two tabs work through the pages side by side (two cores: while one tab
 * loads, the other runs axe). No page is left out.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AXE_TAGS } from '../../src/lib/a11y/checks.ts';
import { headersForPath } from '../../src/lib/security/headers-file.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { allowedConsoleMessages, allowedForeignOrigins, axeRules } from '../quality-exceptions.ts';
import { headerRulesOf, MISSING_PAGE, SEARCH_PAGE, sweepPaths } from './support/site.ts';
import { Pool } from './lib/pool.ts';

const siteDir = inject('siteDir');
const rules = headerRulesOf(siteDir);
const swept = sweepPaths(siteDir);
const SEARCH_WITH_QUERY = `${SEARCH_PAGE}?q=Sicherheit`;
const paths = [...swept, ...(swept.includes(SEARCH_PAGE) ? [SEARCH_WITH_QUERY] : [])];
const TABS = 2;

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** One browser tab and what happened in it while the current page loaded. */
class Tab {
  requests: string[] = [];
  failed: string[] = [];
  console: string[] = [];
  errors: string[] = [];

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    page.on('request', (request) => this.requests.push(request.url()));
    page.on('requestfailed', (request) => this.failed.push(`${request.url()} (${request.failure()?.errorText ?? '?'})`));
    page.on('response', (response) => {
      const isMissingPage = response.request().isNavigationRequest() && response.url().endsWith(MISSING_PAGE);
      if (response.status() >= 400 && !isMissingPage) this.failed.push(`${response.url()} (HTTP ${response.status()})`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') this.console.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  reset(): void {
    this.requests = [];
    this.failed = [];
    this.console = [];
    this.errors = [];
  }
}

let server: StaticServer;
let browser: Browser;
const tabs = new Pool<Tab>();

function withTab<T>(work: (tab: Tab) => Promise<T>): Promise<T> {
  return tabs.use((tab) => {
    tab.reset();
    return work(tab);
  });
}

beforeAll(async () => {
  server = await serveStatic(siteDir, (urlPath) => headersForPath(rules, urlPath));
  browser = await launchBrowser();
  await browser.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  for (let i = 0; i < TABS; i++) tabs.add(new Tab(await browser.context.newPage()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const usedAxeExceptions = new Set<string>();

function allowedAxe(rule: string, path: string): boolean {
  const exception = axeRules[rule];
  const allowed = !!exception && exception.pages.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : p === path));
  if (allowed) usedAxeExceptions.add(rule);
  return allowed;
}

const consoleAllowed = (text: string) => Object.keys(allowedConsoleMessages).some((pattern) => new RegExp(pattern).test(text));

describe('every page in Chromium with the production headers', () => {
  it('covers the sitemap, the 404 page and the search', () => {
    expect(paths).toContain(MISSING_PAGE);
    expect(paths.length).toBeGreaterThan(2);
  });

  describe.concurrent('page', () => {
    it.for(paths)('%s', async (path, { expect }) => {
      await withTab(async (tab) => {
        const { page } = tab;
        const url = new URL(encodeURI(path), server.url).href;
        const response = await page.goto(url, { waitUntil: 'load' });
        const missing = path.endsWith(MISSING_PAGE);
        expect(response?.status(), 'HTTP-Status').toBe(missing ? 404 : 200);
        // Pages with scripts (the search) fetch more after load: wait until the network is quiet.
        if ((await page.locator('script[src], script[type="module"]').count()) > 0) await page.waitForLoadState('networkidle');

        const origin = new URL(server.url).origin;
        const foreign = tab.requests
          .filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'))
          .filter((u) => !(new URL(u).origin in allowedForeignOrigins));
        expect.soft(foreign, 'Anfragen an andere Origins').toEqual([]);
        expect.soft(tab.failed, 'fehlgeschlagene Anfragen').toEqual([]);
        expect.soft(await page.evaluate(() => window.__cspViolations), 'CSP-Verstöße').toEqual([]);
        // Chromium logs the 404 status of the missing page itself as a console error: that one is the point of the page.
        const messages = tab.console.filter((text) => !consoleAllowed(text) && !(missing && /status of 404/.test(text)));
        expect.soft(messages, 'Konsole').toEqual([]);
        expect.soft(tab.errors, 'JavaScript-Fehler').toEqual([]);
        expect.soft(await browser.context.cookies(), 'Cookies').toEqual([]);
        expect.soft(await page.evaluate(() => document.cookie), 'document.cookie').toBe('');

        // Only violations are read: axe then reports one node of each passed rule instead of all, which
        // spares serialising thousands of nodes per page.
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
        const violations = axe.violations
          .filter((v) => !allowedAxe(v.id, path))
          .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} – ${v.help}`));
        expect.soft(violations, 'axe-core').toEqual([]);
      });
    });
  });

  it('needs every axe exception in tests/quality-exceptions.ts', () => {
    expect(Object.keys(axeRules).filter((rule) => !usedAxeExceptions.has(rule))).toEqual([]);
  });
});
