import { describe, expect, it } from 'vitest';
import { absoluteUrl, documentTitle, metaDescription, publicUrl } from './meta.ts';
import { href } from '../url.ts';

const site = { siteName: 'Allianz Sichere Sächsische Kommunen', shortName: 'ASSKomm' };

describe('documentTitle', () => {
  it('adds the short name after the page title', () => {
    expect(documentTitle('Aktuelles', site)).toBe('Aktuelles – ASSKomm');
  });

  it('names the start page in full', () => {
    expect(documentTitle('Startseite', site, true)).toBe('Allianz Sichere Sächsische Kommunen (ASSKomm)');
  });
});

describe('absoluteUrl', () => {
  it('joins the site origin and the page path', () => {
    expect(absoluteUrl('/aktuelles/', 'https://asskomm.example')).toBe('https://asskomm.example/aktuelles/');
    expect(absoluteUrl('/asskomm/aktuelles/', new URL('https://lpr.example/asskomm/'))).toBe(
      'https://lpr.example/asskomm/aktuelles/',
    );
  });

  it('gives nothing without a site', () => {
    expect(absoluteUrl('/aktuelles/', undefined)).toBeUndefined();
  });
});

describe('publicUrl', () => {
  it('is the absolute address of the link when the site has one, else the link itself', () => {
    const site = new URL('https://asskomm.example');
    expect(publicUrl('/termine/infotag/', site)).toBe(new URL(href('/termine/infotag/'), site).href);
    expect(publicUrl('/termine/infotag/', site)).toMatch(/^https:\/\/asskomm\.example\/.*termine\/infotag\/$/);
    expect(publicUrl('/termine/infotag/', undefined)).toBe(href('/termine/infotag/'));
  });
});

describe('metaDescription', () => {
  it('keeps short texts as they are, on one line', () => {
    expect(metaDescription('Heidenau  unterzeichnet\n die Vereinbarung.')).toBe('Heidenau unterzeichnet die Vereinbarung.');
  });

  it('cuts long texts at a word and marks the cut', () => {
    const long = 'Die Stadt Heidenau hat als 53. Kommune eine Kooperationsvereinbarung unterzeichnet. '.repeat(4);
    const d = metaDescription(long, 100);
    expect(d.length).toBeLessThanOrEqual(100);
    expect(d.endsWith('…')).toBe(true);
    expect(long.startsWith(d.slice(0, -1))).toBe(true);
    expect(d.slice(0, -1)).not.toMatch(/\s$/);
  });
});
