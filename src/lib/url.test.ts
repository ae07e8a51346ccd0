import { describe, expect, it } from 'vitest';
import { base } from 'astro:config/client';
import { href, sitePath, withBase, withoutBase } from './url.ts';

describe('withBase', () => {
  it('leaves paths alone on a root deployment', () => {
    expect(withBase('/', '/kommunen/')).toBe('/kommunen/');
    expect(withBase('/', '/')).toBe('/');
  });

  it('prefixes the sub-path, with or without its trailing slash', () => {
    expect(withBase('/asskomm/', '/kommunen/')).toBe('/asskomm/kommunen/');
    expect(withBase('/asskomm', '/kommunen/')).toBe('/asskomm/kommunen/');
    expect(withBase('/asskomm/', '/')).toBe('/asskomm/');
    expect(withBase('/asskomm/', 'favicon.svg')).toBe('/asskomm/favicon.svg');
  });

  it('does not touch other sites, e-mail addresses or anchors', () => {
    expect(withBase('/asskomm/', 'https://www.lpr.sachsen.de/')).toBe('https://www.lpr.sachsen.de/');
    expect(withBase('/asskomm/', 'mailto:lpr@smi.sachsen.de')).toBe('mailto:lpr@smi.sachsen.de');
    expect(withBase('/asskomm/', '#inhalt')).toBe('#inhalt');
    expect(withBase('/asskomm/', '//cdn.example/x.js')).toBe('//cdn.example/x.js');
  });
});

describe('withoutBase', () => {
  it('strips the sub-path from a pathname', () => {
    expect(withoutBase('/asskomm/', '/asskomm/kommunen/')).toBe('/kommunen/');
    expect(withoutBase('/asskomm/', '/asskomm/')).toBe('/');
    expect(withoutBase('/asskomm/', '/asskomm')).toBe('/');
  });

  it('keeps pathnames that merely start with the same letters', () => {
    expect(withoutBase('/asskomm/', '/asskommunal/')).toBe('/asskommunal/');
    expect(withoutBase('/', '/kommunen/')).toBe('/kommunen/');
  });
});

describe('href and sitePath', () => {
  it('use the base from astro.config, whatever BASE_URL in the environment says', () => {
    expect(href('/aktuelles/')).toBe(withBase(base, '/aktuelles/'));
    expect(sitePath(href('/aktuelles/'))).toBe('/aktuelles/');
  });
});
