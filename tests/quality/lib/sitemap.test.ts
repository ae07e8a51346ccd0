import { describe, expect, it } from 'vitest';
import { sitemapLocations, toSitePath } from './sitemap.ts';

describe('sitemapLocations', () => {
  it('reads every <loc> of a sitemap index and of a sitemap, decoding entities', () => {
    const index = '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://a.example/sitemap-0.xml</loc></sitemap></sitemapindex>';
    const map = '<urlset><url><loc>https://a.example/</loc></url><url><loc> https://a.example/suche/?q=a&amp;b </loc></url></urlset>';
    expect(sitemapLocations(index)).toEqual(['https://a.example/sitemap-0.xml']);
    expect(sitemapLocations(map)).toEqual(['https://a.example/', 'https://a.example/suche/?q=a&b']);
  });
});

describe('toSitePath', () => {
  it('strips origin and base path, decoding umlauts', () => {
    expect(toSitePath('https://a.example/kommunen/g%C3%B6rlitz/', 'https://a.example')).toBe('/kommunen/görlitz/');
    expect(toSitePath('https://a.example/asskomm/kommunen/', 'https://a.example/', '/asskomm/')).toBe('/kommunen/');
    expect(toSitePath('https://a.example/asskomm/', 'https://a.example/', '/asskomm')).toBe('/');
  });

  it('refuses URLs of another host or outside the base path', () => {
    expect(toSitePath('https://b.example/', 'https://a.example')).toBeNull();
    expect(toSitePath('https://a.example/asskommune/', 'https://a.example', '/asskomm/')).toBeNull();
  });
});
