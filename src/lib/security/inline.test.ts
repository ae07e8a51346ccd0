import { describe, expect, it } from 'vitest';
import { findInlineCode, insertMetaCsp, isExecutableScript, parseAttributes } from './inline.ts';

describe('findInlineCode', () => {
  it('finds inline scripts and styles with their exact bodies', () => {
    const html = `<!doctype html><html><head><style>a{color:red}</style><script type="module">import "x";\n</script></head><body><p>Hallo</p></body></html>`;
    const found = findInlineCode(html);
    expect(found.styles).toEqual(['a{color:red}']);
    expect(found.scripts).toEqual(['import "x";\n']);
  });

  it('ignores external scripts, JSON-LD and other data blocks', () => {
    const html = `<script src="/a.js"></script><script type="application/ld+json">{"@type":"Event"}</script><script type="application/json">[]</script><script type="text/template"><p></p></script>`;
    expect(findInlineCode(html).scripts).toEqual([]);
  });

  it('counts classic scripts, JavaScript MIME types and import maps as executable', () => {
    const html = `<script>a()</script><script type="text/javascript">b()</script><script type='importmap'>{}</script>`;
    expect(findInlineCode(html).scripts).toEqual(['a()', 'b()', '{}']);
  });

  it('does not mistake markup inside a script for tags', () => {
    const html = `<script>document.body.innerHTML = '<a onclick="x()" style="color:red">';</script>`;
    const found = findInlineCode(html);
    expect(found.scripts).toHaveLength(1);
    expect(found.eventHandlers).toEqual([]);
    expect(found.styleAttributes).toEqual([]);
  });

  it('skips commented-out code', () => {
    expect(findInlineCode('<!-- <script>alert(1)</script> --><p>x</p>').scripts).toEqual([]);
  });

  it('names inline code no hash can allow', () => {
    const html = `<div style="--anteil: 40%"></div><button type="button" onclick="go()">Los</button><a href="javascript:void(0)">x</a>`;
    const found = findInlineCode(html);
    expect(found.styleAttributes).toEqual(['--anteil: 40%']);
    expect(found.eventHandlers).toEqual(['button@onclick']);
    expect(found.javascriptUrls).toEqual(['a@href']);
  });

  it('finds <style> inside inline SVG', () => {
    expect(findInlineCode('<svg viewBox="0 0 1 1"><style>.k{fill:#000}</style></svg>').styles).toEqual(['.k{fill:#000}']);
  });
});

describe('parseAttributes', () => {
  it('reads quoted, unquoted and bare attributes, lower-cases names and decodes &amp; and &quot;', () => {
    const attributes = parseAttributes(` TYPE=module data-x='a&amp;b' defer title="&quot;Zitat&quot;"`);
    expect([...attributes]).toEqual([
      ['type', 'module'],
      ['data-x', 'a&b'],
      ['defer', ''],
      ['title', '"Zitat"'],
    ]);
  });
});

describe('isExecutableScript', () => {
  it('treats a type with parameters by its essence', () => {
    expect(isExecutableScript(new Map([['type', 'text/javascript; charset=utf-8']]))).toBe(true);
    expect(isExecutableScript(new Map([['type', 'application/ld+json']]))).toBe(false);
  });
});

describe('insertMetaCsp', () => {
  it('puts the policy right after the charset, before any style', () => {
    const html = '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><style>a{}</style></head><body></body></html>';
    expect(insertMetaCsp(html, "default-src 'self'")).toBe(
      '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><style>a{}</style></head><body></body></html>',
    );
  });

  it('falls back to the start of <head> and refuses a page without one', () => {
    expect(insertMetaCsp('<html><head data-x="1"><title>T</title></head></html>', 'x')).toBe(
      '<html><head data-x="1"><meta http-equiv="Content-Security-Policy" content="x"><title>T</title></head></html>',
    );
    expect(() => insertMetaCsp('<p>x</p>', 'x')).toThrow(/Kein <head>/);
  });
});

describe('findInlineCode on tags it skips quickly', () => {
  it('still finds handlers written right after a quote, a slash or another name', () => {
    const found = findInlineCode('<a href="/x"onclick="go()">x</a><img/onerror="x()" src="a.png"><b <onmouseover=y>z</b>');
    expect(found.eventHandlers).toEqual(['a@onclick', 'img@onerror', 'b@onmouseover']);
  });
});
