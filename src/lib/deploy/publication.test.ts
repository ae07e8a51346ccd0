import { describe, expect, it } from 'vitest';
import { isPublicationBuild } from './publication.ts';

describe('isPublicationBuild', () => {
  it('is a publication build only with a public https SITE_URL', () => {
    expect(isPublicationBuild({ SITE_URL: 'https://lpr-sachsen.github.io' })).toBe(true);
    expect(isPublicationBuild({ SITE_URL: 'https://www.asskomm.sachsen.de/' })).toBe(true);
  });
  it('is a local build without SITE_URL, with the stand-in address, on loopback or without https', () => {
    expect(isPublicationBuild({})).toBe(false);
    expect(isPublicationBuild({ SITE_URL: '  ' })).toBe(false);
    expect(isPublicationBuild({ SITE_URL: 'https://asskomm.example' })).toBe(false);
    expect(isPublicationBuild({ SITE_URL: 'http://localhost:4321' })).toBe(false);
    expect(isPublicationBuild({ SITE_URL: 'https://localhost' })).toBe(false);
    expect(isPublicationBuild({ SITE_URL: 'https://127.0.0.1' })).toBe(false);
    expect(isPublicationBuild({ SITE_URL: 'http://www.asskomm.sachsen.de' })).toBe(false);
    expect(isPublicationBuild({ SITE_URL: 'kein url' })).toBe(false);
  });
});
