import { describe, expect, it } from 'vitest';
import { kindOf, weigh } from './page-weight.ts';

describe('weigh', () => {
  it('sums brotli bytes per kind: pages, stylesheets, scripts and everything else', () => {
    expect(
      weigh([
        { path: '/aktuelles/ein-artikel/', brotli: 3000 },
        { path: '/_astro/BaseLayout.abc.css', brotli: 4000 },
        { path: '/_astro/index.def.js', brotli: 1500 },
        { path: '/_astro/fira-sans.woff2', brotli: 20000 },
      ]),
    ).toEqual({ html: 3000, css: 4000, js: 1500, other: 20000, total: 28500 });
  });

  it('classifies by the path without query or fragment', () => {
    expect(kindOf('/404.html')).toBe('html');
    expect(kindOf('/pagefind/pagefind.js?v=1')).toBe('js');
    expect(kindOf('/favicon.svg')).toBe('other');
  });
});
