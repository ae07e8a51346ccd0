import { describe, expect, it } from 'vitest';
import { base } from 'astro:config/client';
import { itMaps } from '../../tests/support/cases.ts';
import { href, sitePath, withBase, withoutBase } from './url.ts';

describe('withBase', () => {
  itMaps('leaves paths alone on a root deployment', withBase, [
    ['/', '/kommunen/', '/kommunen/'],
    ['/', '/', '/'],
  ]);

  itMaps('prefixes the sub-path, with or without its trailing slash', withBase, [
    ['/asskomm/', '/kommunen/', '/asskomm/kommunen/'],
    ['/asskomm', '/kommunen/', '/asskomm/kommunen/'],
    ['/asskomm/', '/', '/asskomm/'],
    ['/asskomm/', 'favicon.svg', '/asskomm/favicon.svg'],
  ]);

  itMaps('does not touch other sites, e-mail addresses or anchors', withBase, [
    ['/asskomm/', 'https://www.lpr.sachsen.de/', 'https://www.lpr.sachsen.de/'],
    ['/asskomm/', 'mailto:lpr@smi.sachsen.de', 'mailto:lpr@smi.sachsen.de'],
    ['/asskomm/', '#inhalt', '#inhalt'],
    ['/asskomm/', '//cdn.example/x.js', '//cdn.example/x.js'],
  ]);
});

describe('withoutBase', () => {
  itMaps('strips the sub-path from a pathname', withoutBase, [
    ['/asskomm/', '/asskomm/kommunen/', '/kommunen/'],
    ['/asskomm/', '/asskomm/', '/'],
    ['/asskomm/', '/asskomm', '/'],
  ]);

  itMaps('keeps pathnames that merely start with the same letters', withoutBase, [
    ['/asskomm/', '/asskommunal/', '/asskommunal/'],
    ['/', '/kommunen/', '/kommunen/'],
  ]);
});

describe('href and sitePath', () => {
  it('use the base from astro.config, whatever BASE_URL in the environment says', () => {
    expect(href('/aktuelles/')).toBe(withBase(base, '/aktuelles/'));
    expect(sitePath(href('/aktuelles/'))).toBe('/aktuelles/');
  });
});
