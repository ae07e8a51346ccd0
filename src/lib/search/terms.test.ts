import { describe, expect, it } from 'vitest';
import { searchTerms } from './terms.ts';

describe('searchTerms', () => {
  it('leaves out German function words, so each remaining word is one index lookup', () => {
    expect(searchTerms('Glänzen statt schwänzen')).toBe('Glänzen schwänzen');
    expect(searchTerms('Prävention an der Schule')).toBe('Prävention Schule');
    expect(searchTerms('  Sicherheit und Ordnung ')).toBe('Sicherheit Ordnung');
  });

  it('compares without case and surrounding punctuation', () => {
    expect(searchTerms('Fachtag, Für DIE Eltern!')).toBe('Fachtag, Eltern!');
  });

  it('keeps content words that general stop-word lists drop', () => {
    expect(searchTerms('Recht Ordnung Menschen Jahr neue')).toBe('Recht Ordnung Menschen Jahr neue');
  });

  it('keeps a query of function words only, and quoted phrases, as typed', () => {
    expect(searchTerms('für die')).toBe('für die');
    expect(searchTerms('"Glänzen statt schwänzen"')).toBe('"Glänzen statt schwänzen"');
    expect(searchTerms('Heidenau')).toBe('Heidenau');
  });
});
