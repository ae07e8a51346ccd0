import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../tests/support/cases.ts';
import { parseCsp, serializeCsp } from './csp.ts';
import { conflictingHeaders, headersForPath } from './headers-file.ts';
import { areaOf, contentSecurityPolicy, headerRules, metaContentSecurityPolicy, NO_HASHES, sectionOf, type Area, type InlineHashes } from './policy.ts';

const hashes: Record<Area, InlineHashes> = {
  public: { scripts: ["'sha256-s1'"], styles: ["'sha256-b'", "'sha256-a'"] },
  search: { scripts: [], styles: ["'sha256-c'"] },
  admin: { scripts: ["'sha256-init'"], styles: ["'sha256-ignored'"] },
};

describe('sectionOf', () => {
  itMaps('is the top-level folder, or "" for a file in the output folder itself', sectionOf, [
    ['kommunen/pirna/index.html', 'kommunen'],
    ['/suche/index.html', 'suche'],
    ['index.html', ''],
    ['404.html', ''],
  ]);
});

describe('areaOf', () => {
  itMaps('puts the search page and Pagefind in the search area, the CMS in admin, everything else in public', areaOf, [
    ['suche/index.html', 'search'],
    ['/pagefind/pagefind-worker.js', 'search'],
    ['admin/index.html', 'admin'],
    ['index.html', 'public'],
    ['artikel/suche-nach-zeugen/index.html', 'public'],
  ]);
});

describe('contentSecurityPolicy', () => {
  it('is strict for public pages: own origin only, hashes for inline code, no unsafe keyword', () => {
    const csp = contentSecurityPolicy('public', hashes.public);
    expect(serializeCsp(csp)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-s1'; style-src 'self' 'sha256-a' 'sha256-b'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests",
    );
  });

  it('allows WebAssembly on the search page and nowhere else among public pages', () => {
    expect(contentSecurityPolicy('search', NO_HASHES)['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(contentSecurityPolicy('public', NO_HASHES)['script-src']).toEqual(["'self'"]);
  });

  it('gives the CMS eval, inline styles and the Git host, and keeps script hashes but no style hashes', () => {
    const csp = contentSecurityPolicy('admin', hashes.admin);
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-eval'", "'sha256-init'"]);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['connect-src']).toContain('https://api.github.com');
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
  });

  it('never allows inline scripts in any area', () => {
    for (const area of ['public', 'search', 'admin'] as const) {
      expect(contentSecurityPolicy(area, hashes[area])['script-src']).not.toContain("'unsafe-inline'");
    }
  });
});

describe('headerRules', () => {
  const layout = { base: '/', sections: ['_astro', 'kommunen', 'suche', 'admin', 'pagefind'], rootPages: ['404.html', 'index.html'] };
  const bySection: Record<string, InlineHashes> = { '': hashes.public, kommunen: hashes.public, suche: hashes.search, admin: hashes.admin };
  const rules = headerRules(layout, bySection);
  const csp = (path: string) => parseCsp(headersForPath(rules, path)['content-security-policy'] ?? '');

  it('gives every page the common headers and its area’s policy, without two rules setting one header', () => {
    for (const path of ['/', '/index.html', '/404.html', '/kommunen/pirna/', '/suche/', '/pagefind/pagefind-worker.js', '/admin/', '/_astro/a.css', '/robots.txt']) {
      expect(conflictingHeaders(rules, path), path).toEqual([]);
      const headers = headersForPath(rules, path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
    expect(csp('/kommunen/pirna/')['script-src']).toEqual(["'self'", "'sha256-s1'"]);
    expect(csp('/suche/')['script-src']).toContain("'wasm-unsafe-eval'");
    expect(csp('/pagefind/pagefind-worker.js')['script-src']).toContain("'wasm-unsafe-eval'");
    expect(csp('/admin/')['script-src']).toContain("'unsafe-eval'");
    expect(headersForPath(rules, '/admin/')['x-robots-tag']).toBe('noindex, nofollow');
  });

  it('gives top-level files (favicon, web manifest) the public CSP, and every path CORP and HSTS with subdomains', () => {
    const withFiles = headerRules({ ...layout, rootPages: [...layout.rootPages, 'favicon.svg', 'site.webmanifest'] }, bySection);
    for (const path of ['/favicon.svg', '/site.webmanifest']) {
      expect(conflictingHeaders(withFiles, path), path).toEqual([]);
      expect(parseCsp(headersForPath(withFiles, path)['content-security-policy'] ?? '')['default-src'], path).toEqual(["'self'"]);
    }
    for (const path of ['/favicon.svg', '/kommunen/pirna/', '/gibt-es-nicht/', '/admin/']) {
      expect(headersForPath(withFiles, path)['cross-origin-resource-policy'], path).toBe('same-origin');
      expect(headersForPath(withFiles, path)['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('lists in each section only the hashes found there', () => {
    const only: Record<string, InlineHashes> = { kommunen: { scripts: [], styles: ["'sha256-k'"] } };
    const sectioned = headerRules(layout, only);
    expect(parseCsp(headersForPath(sectioned, '/kommunen/pirna/')['content-security-policy']!)['style-src']).toEqual(["'self'", "'sha256-k'"]);
    expect(parseCsp(headersForPath(sectioned, '/')['content-security-policy']!)['style-src']).toEqual(["'self'"]);
  });

  it('lets the 404 page’s inline code run wherever a host serves it for a missing address', () => {
    const sectioned = headerRules(layout, { kommunen: { scripts: [], styles: ["'sha256-k'"] }, '404.html': { scripts: [], styles: ["'sha256-404'"] } });
    for (const path of ['/kommunen/gibt-es-nicht/', '/suche/gibt-es-nicht/', '/404.html']) {
      expect(parseCsp(headersForPath(sectioned, path)['content-security-policy']!)['style-src'], path).toContain("'sha256-404'");
    }
  });

  it('marks only hashed asset files as immutable', () => {
    expect(headersForPath(rules, '/_astro/index.Bx1.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(rules, '/kommunen/')['cache-control']).toBeUndefined();
  });

  it('puts every pattern under the base path of a sub-path deployment', () => {
    const sub = headerRules({ ...layout, base: '/asskomm' }, bySection);
    expect(sub.map((rule) => rule.path)).toEqual(expect.arrayContaining(['/asskomm/*', '/asskomm/', '/asskomm/index.html', '/asskomm/suche/*']));
    expect(sub.every((rule) => rule.path.startsWith('/asskomm/'))).toBe(true);
  });

  it('stays within Cloudflare Pages’ limit of 100 rules for a site with many sections', () => {
    const many = headerRules({ ...layout, sections: Array.from({ length: 40 }, (_, i) => `bereich-${i}`) }, bySection);
    expect(many.length).toBeLessThanOrEqual(100);
  });
});

describe('metaContentSecurityPolicy', () => {
  it('is the header policy without the directives a <meta> element cannot carry', () => {
    const meta = parseCsp(metaContentSecurityPolicy('search', hashes.search));
    const header = contentSecurityPolicy('search', hashes.search);
    expect(meta['frame-ancestors']).toBeUndefined();
    expect(meta['script-src']).toEqual(header['script-src']);
    expect(meta['upgrade-insecure-requests']).toEqual([]);
  });
});
