import { describe, expect, it } from 'vitest';
import { patternRegex } from '../../model/fields.ts';
import { schemeOf, urlProblem } from './urls.ts';

describe('addresses in content', () => {
  it('allows web pages, e-mail, telephone, paths on this site and anchors', () => {
    for (const ok of ['https://lpr.sachsen.de/x', 'http://example.org', 'mailto:lpr@smi.sachsen.de', 'tel:+493515640', '/datenschutz/', '../media/bild.jpg', 'bild.jpg', '#kontakt', '?seite=2', 'HTTPS://EXAMPLE.ORG']) {
      expect(urlProblem(ok), ok).toBeUndefined();
    }
  });

  it('refuses every other scheme, also hidden by case, blanks, tabs or line breaks', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x']) {
      expect(urlProblem(bad), JSON.stringify(bad)).toMatch(/ist nicht erlaubt: Links dürfen nur auf Internetseiten/);
    }
    expect(urlProblem('javascript:alert(1)')).toBe(
      'Die Adresse „javascript:alert(1)“ ist nicht erlaubt: Links dürfen nur auf Internetseiten („https://…“), E-Mail-Adressen („mailto:…“), Telefonnummern („tel:…“) oder Seiten dieser Website („/…“) zeigen. „javascript:“ kann Programmcode ausführen oder Dateien öffnen.',
    );
  });

  it('refuses addresses without scheme that leave the site, and control characters inside', () => {
    expect(urlProblem('//evil.example/x')).toMatch(/unvollständig.*https:\/\//);
    expect(urlProblem('/\\evil.example')).toMatch(/unvollständig/);
    expect(urlProblem('https://a\u0000b')).toMatch(/Steuerzeichen/);
  });

  it('reads the scheme as a browser does', () => {
    expect(schemeOf(' Java\tScript:x')).toBe('javascript');
    expect(schemeOf('/pfad:mit-doppelpunkt')).toBeUndefined();
  });

  it('URL fields of the model are stricter: https only (one rule for schema and CMS)', () => {
    const field = patternRegex('url');
    expect(field.test('https://asskomm.sachsen.de/')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'http://example.org', 'mailto:a@b.de']) expect(field.test(bad), bad).toBe(false);
  });
});
