import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../tests/support/cases.ts';
import { hashSource } from '../security/csp.ts';
import { headersForPath } from '../security/headers-file.ts';
import { LAYER_ORDER_STYLE } from '../security/own-inline.ts';
import { headerRules, metaContentSecurityPolicy } from '../security/policy.ts';
import { basePathOf, checkResponse, cspDifference, expectedContentType, fixedTargets, formatDifferences, metaCsps, pagefindPaths, verifyDeployment, type CheckContext } from './verify.ts';

// A small build as the policy describes it: the home page, the 404 page, one folder with the site's own inline style.
const style = LAYER_ORDER_STYLE;
const notFoundStyle = 'p{margin:0}';
const rules = headerRules(
  { base: '/', sections: ['kommunen', 'suche', 'admin', 'termine'], rootPages: ['index.html', '404.html', 'robots.txt'] },
  { kommunen: { scripts: [], styles: [hashSource(style)] }, '404.html': { scripts: [], styles: [hashSource(notFoundStyle)] } },
);
const context: CheckContext = { mode: 'headers', rules, base: '/' };
const html = { 'content-type': 'text/html; charset=utf-8' };
/** What a correct host sends for a path: the build's headers plus a content type. */
const served = (path: string, type: Record<string, string> = html) => ({ ...type, ...headersForPath(rules, path) });

describe('checkResponse (headers from _headers)', () => {
  it('finds nothing when a page gets exactly the headers of its rules', () => {
    expect(checkResponse({ path: '/kommunen/pirna/', status: 200 }, { status: 200, headers: served('/kommunen/pirna/') }, context)).toEqual([]);
  });

  it('names a header that is missing, with the value the build expects', () => {
    const headers = served('/kommunen/pirna/');
    const expected = headers['x-frame-options'];
    delete headers['x-frame-options'];
    expect(checkResponse({ path: '/kommunen/pirna/', status: 200 }, { status: 200, headers }, context)).toEqual([
      { path: '/kommunen/pirna/', check: 'x-frame-options', expected, actual: '(fehlt)' },
    ]);
  });

  it('shows only the CSP directive that differs (a style hash missing)', () => {
    const headers = served('/kommunen/pirna/');
    // The CSP of another folder: without the folder's own style hash.
    headers['content-security-policy'] = headersForPath(rules, '/suche/')['content-security-policy']!.replace(" 'wasm-unsafe-eval'", '');
    const [difference] = checkResponse({ path: '/kommunen/pirna/', status: 200 }, { status: 200, headers }, context);
    expect(difference?.check).toBe('content-security-policy');
    expect(difference?.expected).toContain(hashSource(style));
    expect(difference?.actual).not.toContain(hashSource(style));
    expect(difference?.expected.startsWith('style-src')).toBe(true);
  });

  it('reports an X-Robots-Tag on a public page, and a top-level file without CSP', () => {
    const headers = { ...served('/gibt-es-nicht.txt', { 'content-type': 'text/plain' }), 'x-robots-tag': 'noindex' };
    const differences = checkResponse({ path: '/robots.txt', status: 200 }, { status: 200, headers }, context);
    expect(differences.map((d) => d.check)).toEqual(expect.arrayContaining(['content-security-policy', 'x-robots-tag']));
    expect(differences.find((d) => d.check === 'content-security-policy')?.expected).toContain("default-src 'self'");
  });

  it('wants a CSP on every response even where the rules name none (an outdated _headers), CORP and HSTS for subdomains', () => {
    const stale = headerRules({ base: '/', sections: [], rootPages: [] }, {}).slice(0, 1);
    const headers: Record<string, string> = { 'content-type': 'image/svg+xml', ...headersForPath(stale, '/favicon.svg') };
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(checkResponse({ path: '/favicon.svg', status: 200 }, { status: 200, headers }, { ...context, rules: stale })).toEqual([
      { path: '/favicon.svg', check: 'content-security-policy', expected: 'vorhanden', actual: '(fehlt)' },
    ]);
  });

  it('reports a wrong status and stops there (a redirect instead of the page)', () => {
    expect(checkResponse({ path: '/kommunen', status: 200 }, { status: 301, headers: {} }, context)).toEqual([
      { path: '/kommunen', check: 'Status', expected: '200', actual: '301' },
    ]);
  });

  it('wants the calendar as text/calendar in UTF-8', () => {
    const target = { path: '/termine/kalender.ics', status: 200 };
    const check = (type: string) => checkResponse(target, { status: 200, headers: served(target.path, { 'content-type': type }) }, context);
    expect(check('text/calendar; charset=utf-8')).toEqual([]);
    expect(check('application/octet-stream').map((d) => d.check)).toEqual(['Content-Type']);
    expect(check('text/calendar').map((d) => d.check)).toEqual(['Content-Type']);
  });

  it('accepts for a missing address the headers of its path or those of the 404 page, nothing else', () => {
    const target = { path: '/kommunen/gibt-es-nicht/', status: 404 };
    expect(checkResponse(target, { status: 404, headers: served('/kommunen/gibt-es-nicht/') }, context)).toEqual([]);
    expect(checkResponse(target, { status: 404, headers: served('/404.html') }, context)).toEqual([]);
    const searchHeaders = served('/suche/');
    expect(checkResponse(target, { status: 404, headers: searchHeaders }, context).map((d) => d.check)).toEqual(['content-security-policy']);
  });
});

describe('checkResponse (CSP as <meta>, GitHub Pages)', () => {
  const meta = { ...context, mode: 'meta' as const };
  const page = (policy: string | undefined, body = `<style>${style}</style>`) =>
    `<!doctype html><html lang="de"><head>${policy === undefined ? '' : `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`}${body}</head></html>`;
  const own = { scripts: [], styles: [hashSource(style)] };

  it('finds nothing when the page carries the policy of its area with its own hashes', () => {
    const target = { path: '/asskomm/suche/', status: 200 };
    const policy = metaContentSecurityPolicy('search', own, { connectSrc: [], imgSrc: [] });
    expect(checkResponse(target, { status: 200, headers: html, html: page(policy) }, { ...meta, base: '/asskomm/' })).toEqual([]);
  });

  it('reports a page whose meta policy lacks the hash of its inline style, or has no policy at all', () => {
    const target = { path: '/kommunen/pirna/', status: 200 };
    const without = metaContentSecurityPolicy('public', { scripts: [], styles: [] }, { connectSrc: [], imgSrc: [] });
    const [difference] = checkResponse(target, { status: 200, headers: html, html: page(without) }, meta);
    expect(difference?.check).toBe('CSP (<meta>)');
    expect(difference?.expected).toContain(hashSource(style));
    expect(checkResponse(target, { status: 200, headers: html, html: page(undefined) }, meta)).toEqual([
      { path: '/kommunen/pirna/', check: 'CSP (<meta>)', expected: '1 Element', actual: '0 Elemente' },
    ]);
  });

  it('reports inline code in a published page that is not the site’s own, and never expects a hash for it', () => {
    const target = { path: '/kommunen/pirna/', status: 200 };
    const policy = metaContentSecurityPolicy('public', own, { connectSrc: [], imgSrc: [] });
    const differences = checkResponse(target, { status: 200, headers: html, html: page(policy, `<style>${style}</style><script>alert(1)</script>`) }, meta);
    expect(differences).toEqual([{ path: '/kommunen/pirna/', check: 'Inline-Code', expected: 'nur eigener', actual: 'fremdes Inline-Skript „alert(1)“' }]);
  });

  it('reads the policy from the meta element, entities decoded', () => {
    expect(metaCsps(`<meta charset="utf-8"><meta content="default-src &#39;self&#39;" http-equiv="content-security-policy">`)).toEqual(["default-src 'self'"]);
  });
});

describe('fixed addresses', () => {
  it('expects _headers to be hidden (404) where headers come from it, and a served one is a difference', () => {
    expect(fixedTargets('headers')).toContainEqual({ relative: '_headers', status: 404 });
    expect(fixedTargets('meta').map((t) => t.relative)).not.toContain('_headers');
    const served = checkResponse({ path: '/_headers', status: 404 }, { status: 200, headers: { 'content-type': 'application/octet-stream' } }, context);
    expect(served).toEqual([{ path: '/_headers', check: 'Status', expected: '404', actual: '200' }]);
  });

  it('expects the missing pages as 404 and everything else as 200', () => {
    for (const { relative, status } of fixedTargets('headers')) expect(status, relative).toBe(relative.includes('gibt-es-nicht') || relative === '_headers' ? 404 : 200);
  });
});

describe('verifyDeployment', () => {
  it('reports a site whose sitemap lists no page instead of calling it clean', async () => {
    const fetch = (async (url: string | URL | Request) =>
      String(url).endsWith('sitemap-index.xml') ? new Response('<sitemapindex></sitemapindex>') : new Response('', { status: 404 })) as typeof globalThis.fetch;
    const result = await verifyDeployment({ address: 'http://127.0.0.1:9/', base: '/', mode: 'headers', rules, fetch });
    expect(result.differences[0]).toEqual({ path: '/sitemap-index.xml', check: 'Sitemap', expected: 'mindestens eine Seite', actual: 'keine Seite' });
  });
});

describe('helpers', () => {
  itMaps('derives the base path from the address', basePathOf, [
    ['https://owner.github.io/asskomm/', '/asskomm/'],
    ['https://owner.github.io/asskomm', '/asskomm/'],
    ['http://127.0.0.1:8080', '/'],
  ]);

  it('names the Pagefind files of each language from pagefind-entry.json', () => {
    expect(pagefindPaths('{"version":"1.6.0","languages":{"de":{"hash":"de_abc","wasm":"de","page_count":3}}}')).toEqual([
      'pagefind/pagefind.de_abc.pf_meta',
      'pagefind/wasm.de.pagefind',
    ]);
  });

  it('expects pages as HTML and Pagefind files as binary', () => {
    expect(expectedContentType('/kommunen/pirna/')).toEqual({ types: ['text/html'], utf8: true });
    expect(expectedContentType('/pagefind/wasm.de.pagefind').types).toEqual(['application/octet-stream']);
  });

  it('lists only the directives two policies disagree on', () => {
    expect(cspDifference("default-src 'self'; img-src 'self'", "default-src 'self'; img-src 'self' data:")).toEqual({
      expected: "img-src 'self'",
      actual: "img-src 'self' data:",
    });
  });

  it('prints a German table with a count, or an all-clear', () => {
    expect(formatDifferences([], 12)).toBe('Keine Abweichung: 12 Adressen geprüft.');
    const table = formatDifferences([{ path: '/', check: 'x-frame-options', expected: 'DENY', actual: '(fehlt)' }], 12).split('\n');
    expect(table[0]).toMatch(/^Adresse\s+\| Prüfung\s+\| erwartet\s+\| erhalten$/);
    expect(table[2]).toMatch(/^\/\s+\| x-frame-options \| DENY\s+\| \(fehlt\)$/);
    expect(table.at(-1)).toBe('1 Abweichung an 1 von 12 Adressen.');
  });
});
