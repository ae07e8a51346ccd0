/**
 * The build ships its security headers as `_headers` (Netlify, Cloudflare Pages), generated from
 * src/lib/security/policy.ts with the hashes of exactly the inline code the build emitted. Checked here on
 * the file itself; tests/quality/browser-sweep.test.ts loads every page with these headers in Chromium.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hashSource, parseCsp } from '../../src/lib/security/csp.ts';
import { conflictingHeaders, headersForPath } from '../../src/lib/security/headers-file.ts';
import { findInlineCode } from '../../src/lib/security/inline.ts';
import { checkPageInlineCode } from '../../src/lib/security/own-inline.ts';
import { areaOf } from '../../src/lib/security/policy.ts';
import { headerRulesOf, htmlFiles, MISSING_PAGE, pathOfFile } from './support/site.ts';

const siteDir = inject('siteDir');
const rules = headerRulesOf(siteDir);
const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(path.join(siteDir, f)).isFile())
  .map((f) => `/${f.split(path.sep).join('/')}`);
const pages = htmlFiles(siteDir);
const cspOf = (urlPath: string) => parseCsp(headersForPath(rules, urlPath)['content-security-policy'] ?? '');

describe('_headers in the build output', () => {
  it('stays within Cloudflare Pages’ 100 rules', () => {
    expect(rules.length).toBeGreaterThan(1);
    expect(rules.length).toBeLessThanOrEqual(100);
  });

  it('never sets one header by two rules for the same path (hosts merge those differently)', () => {
    const conflicts = [...files, ...pages.map(pathOfFile), MISSING_PAGE]
      .map((p) => [p, conflictingHeaders(rules, p)] as const)
      .filter(([, names]) => names.length > 0);
    expect(conflicts).toEqual([]);
  });

  it('gives every response nosniff, a referrer policy, a permissions policy, DENY framing and HSTS', () => {
    for (const urlPath of [...files, MISSING_PAGE]) {
      const headers = headersForPath(rules, urlPath);
      expect.soft(headers['x-content-type-options'], urlPath).toBe('nosniff');
      expect.soft(headers['referrer-policy'], urlPath).toBe('strict-origin-when-cross-origin');
      expect.soft(headers['permissions-policy'], urlPath).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      expect.soft(headers['x-frame-options'], urlPath).toBe('DENY');
      expect.soft(headers['strict-transport-security'], urlPath).toMatch(/^max-age=\d{8,}/);
    }
  });

  it('gives every page a CSP that forbids inline scripts, plugins, foreign bases and framing', () => {
    for (const file of pages) {
      const csp = cspOf(pathOfFile(file));
      expect.soft(csp['default-src'], file).toEqual(["'self'"]);
      expect.soft(csp['script-src'], file).not.toContain("'unsafe-inline'");
      expect.soft(csp['object-src'], file).toEqual(["'none'"]);
      expect.soft(csp['base-uri'], file).toEqual(["'self'"]);
      expect.soft(csp['form-action'], file).toEqual(["'self'"]);
      expect.soft(csp['frame-ancestors'], file).toEqual(["'none'"]);
    }
  });

  it('allows eval of any kind only where it is needed: WebAssembly for the search, the CMS in /admin/', () => {
    for (const file of pages) {
      const scriptSrc = cspOf(pathOfFile(file))['script-src'] ?? [];
      const area = areaOf(file);
      expect.soft(scriptSrc.includes("'wasm-unsafe-eval'"), file).toBe(area === 'search');
      expect.soft(scriptSrc.includes("'unsafe-eval'"), file).toBe(area === 'admin');
      if (area !== 'admin') expect.soft(cspOf(pathOfFile(file))['style-src'], file).not.toContain("'unsafe-inline'");
    }
  });

  it('lists the hash of every inline script and <style> the pages contain, in the page’s own CSP', () => {
    const missing: string[] = [];
    for (const file of pages) {
      const csp = cspOf(pathOfFile(file));
      const inline = findInlineCode(readFileSync(path.join(siteDir, file), 'utf8'));
      for (const script of inline.scripts) if (!csp['script-src']?.includes(hashSource(script))) missing.push(`${file}: Skript ${hashSource(script)}`);
      if (areaOf(file) === 'admin') continue; // 'unsafe-inline' styles there
      for (const style of inline.styles) if (!csp['style-src']?.includes(hashSource(style))) missing.push(`${file}: <style> ${hashSource(style)}`);
    }
    expect(missing).toEqual([]);
  });

  it('allows by hash only the site’s own inline code: every hash in _headers belongs to own-inline.ts, no page has foreign code', () => {
    const own = new Set<string>();
    for (const file of pages) {
      const check = checkPageInlineCode(readFileSync(path.join(siteDir, file), 'utf8'));
      expect.soft(check.foreign, file).toEqual([]);
      for (const hash of [...check.hashes.scripts, ...check.hashes.styles]) own.add(hash);
    }
    const listed = rules.flatMap((rule) => rule.headers).filter(([name]) => name === 'Content-Security-Policy').flatMap(([, value]) => value.match(/'sha256-[^']+'/g) ?? []);
    expect(listed.length).toBeGreaterThan(0);
    expect([...new Set(listed)].filter((hash) => !own.has(hash))).toEqual([]);
  });

  it('has no inline code outside the admin that a hash cannot allow (style="", on…="", javascript:)', () => {
    const problems = pages
      .filter((file) => areaOf(file) !== 'admin')
      .flatMap((file) => {
        const inline = findInlineCode(readFileSync(path.join(siteDir, file), 'utf8'));
        return [
          ...inline.styleAttributes.map((s) => `${file}: style="${s}"`),
          ...inline.eventHandlers.map((h) => `${file}: ${h}`),
          ...inline.javascriptUrls.map((u) => `${file}: javascript: in ${u}`),
        ];
      });
    expect(problems).toEqual([]);
  });
});
