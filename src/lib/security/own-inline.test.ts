import { describe, expect, it } from 'vitest';
import { hashSource } from './csp.ts';
import { checkPageInlineCode, CMS_MANUAL_INIT_SCRIPT, isMapLabelStyle, LAYER_ORDER_STYLE, mapLabelStyle } from './own-inline.ts';

describe('own inline code', () => {
  it('hashes the site’s own inline script and styles, nothing else', () => {
    const map = mapLabelStyle([3, 17]);
    const html = `<head><style>${LAYER_ORDER_STYLE}</style></head><body><svg><style>${map}</style></svg><script>${CMS_MANUAL_INIT_SCRIPT}</script><script type="application/ld+json">{"a":"<b>"}</script></body>`;
    expect(checkPageInlineCode(html)).toEqual({
      hashes: { scripts: [hashSource(CMS_MANUAL_INIT_SCRIPT)], styles: [hashSource(LAYER_ORDER_STYLE), hashSource(map)] },
      foreign: [],
    });
  });

  it('recognises the map’s label style by its exact shape only', () => {
    expect(isMapLabelStyle(mapLabelStyle([0]))).toBe(true);
    expect(isMapLabelStyle(mapLabelStyle([1, 2, 40]))).toBe(true);
    expect(isMapLabelStyle(`${mapLabelStyle([1])}body{display:none}`)).toBe(false);
    expect(isMapLabelStyle('.saxony-map:has(.t1:is(:hover,:focus-visible)) .l1{background:url(https://x.example/)}')).toBe(false);
    expect(isMapLabelStyle('.saxony-map:has(.ta:is(:hover,:focus-visible)) .l1{visibility:visible}')).toBe(false);
  });

  it('names every piece of foreign inline code in German', () => {
    const html = '<script>alert(1)</script><style>a{}</style><p style="x:y" onclick="f()"><a href=" javascript:alert(1)">a</a></p>';
    expect(checkPageInlineCode(html).foreign).toEqual([
      'fremdes Inline-Skript „alert(1)“',
      'fremder <style>-Block „a{}“',
      'style-Attribut style="x:y"',
      'Event-Handler-Attribut p onclick',
      'javascript:-Adresse in a href',
    ]);
  });
});
