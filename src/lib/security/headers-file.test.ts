import { describe, expect, it } from 'vitest';
import { conflictingHeaders, formatHeadersFile, headersForPath, parseHeadersFile, pathMatches, type HeaderRule } from './headers-file.ts';

const rules: HeaderRule[] = [
  { path: '/*', headers: [['X-Frame-Options', 'DENY']] },
  { path: '/', headers: [['Content-Security-Policy', "default-src 'self'"]] },
  { path: '/suche/*', headers: [['Content-Security-Policy', "script-src 'self' 'wasm-unsafe-eval'"]] },
];

describe('formatHeadersFile and parseHeadersFile', () => {
  it('round-trip, with comments ignored on reading', () => {
    const text = formatHeadersFile(rules, ['Erzeugt beim Build']);
    expect(text.startsWith('# Erzeugt beim Build\n\n/*\n  X-Frame-Options: DENY\n')).toBe(true);
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('keeps colons inside values', () => {
    expect(parseHeadersFile('/x\n  Link: <https://a.example/>; rel=preconnect\n')[0]?.headers).toEqual([
      ['Link', '<https://a.example/>; rel=preconnect'],
    ]);
  });

  it('rejects a header line before any path and a value with a line break', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/Zeile 1/);
    expect(() => formatHeadersFile([{ path: '/', headers: [['X-A', 'a\nb']] }])).toThrow(/Zeilenumbruch/);
  });
});

describe('pathMatches', () => {
  it('matches a splat across slashes, including the empty rest', () => {
    expect(pathMatches('/suche/*', '/suche/')).toBe(true);
    expect(pathMatches('/suche/*', '/suche/a/b.html')).toBe(true);
    expect(pathMatches('/suche/*', '/suchen/')).toBe(false);
  });

  it('matches exact paths exactly and placeholders within one segment', () => {
    expect(pathMatches('/', '/')).toBe(true);
    expect(pathMatches('/', '/a/')).toBe(false);
    expect(pathMatches('/kommunen/:ort/', '/kommunen/pirna/')).toBe(true);
    expect(pathMatches('/kommunen/:ort/', '/kommunen/a/b/')).toBe(false);
  });

  it('treats dots and other regular-expression characters literally', () => {
    expect(pathMatches('/404.html', '/404xhtml')).toBe(false);
  });
});

describe('headersForPath', () => {
  it('applies every matching rule', () => {
    expect(headersForPath(rules, '/suche/')).toEqual({
      'x-frame-options': 'DENY',
      'content-security-policy': "script-src 'self' 'wasm-unsafe-eval'",
    });
    expect(headersForPath(rules, '/gibt-es-nicht/')).toEqual({ 'x-frame-options': 'DENY' });
  });

  it('joins a header that two matching rules set, as Cloudflare does', () => {
    const overlapping: HeaderRule[] = [...rules, { path: '/*', headers: [['X-Frame-Options', 'SAMEORIGIN']] }];
    expect(headersForPath(overlapping, '/')['x-frame-options']).toBe('DENY, SAMEORIGIN');
    expect(conflictingHeaders(overlapping, '/')).toEqual(['x-frame-options']);
    expect(conflictingHeaders(rules, '/suche/')).toEqual([]);
  });
});
