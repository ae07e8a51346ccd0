import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSource, parseCsp, serializeCsp } from './csp.ts';

describe('serializeCsp', () => {
  it('writes directives in the given order, sources space-separated, a bare name for a directive without sources', () => {
    expect(serializeCsp({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': [] })).toBe(
      "default-src 'self'; img-src 'self' data:; upgrade-insecure-requests",
    );
  });

  it('drops repeated sources', () => {
    expect(serializeCsp({ 'style-src': ["'self'", "'sha256-a'", "'sha256-a'"] })).toBe("style-src 'self' 'sha256-a'");
  });

  it('round-trips through parseCsp', () => {
    const directives = { 'script-src': ["'self'", "'wasm-unsafe-eval'"], 'object-src': ["'none'"], 'upgrade-insecure-requests': [] };
    expect(parseCsp(serializeCsp(directives))).toEqual(directives);
  });
});

describe('parseCsp', () => {
  it('keeps the first of two equal directives, as browsers do', () => {
    expect(parseCsp("script-src 'self'; SCRIPT-SRC *")).toEqual({ 'script-src': ["'self'"] });
  });
});

describe('hashSource', () => {
  it('is the base64 SHA-256 of the UTF-8 bytes, quoted as a CSP source', () => {
    const body = 'body{content:"Größe"}';
    const expected = createHash('sha256').update(Buffer.from(body, 'utf8')).digest('base64');
    expect(hashSource(body)).toBe(`'sha256-${expected}'`);
  });

  it('matches the hash from the CSP specification’s example', () => {
    // CSP3 §8.3 example: <script>alert('Hello, world.');</script>
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('changes with a single whitespace', () => {
    expect(hashSource('a{}')).not.toBe(hashSource('a{} '));
  });
});
