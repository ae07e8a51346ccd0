import { describe, expect, it } from 'vitest';
import { resultCountText, TEXTS } from './texts.ts';

describe('resultCountText', () => {
  it('announces the count in German with the query in quotation marks', () => {
    expect(resultCountText('Heidenau', { count: 3, unfiltered: 3, filtered: false })).toBe('3 Ergebnisse für „Heidenau“');
    expect(resultCountText('Hörnitz', { count: 1, unfiltered: 1, filtered: false })).toBe('1 Ergebnis für „Hörnitz“');
    expect(resultCountText('xyz', { count: 0, unfiltered: 0, filtered: false })).toBe('Keine Ergebnisse für „xyz“');
    expect(resultCountText('Bank', { count: 10000, unfiltered: 10000, filtered: false })).toBe('10.000 Ergebnisse für „Bank“');
  });

  it('says when filters narrowed the results', () => {
    expect(resultCountText('Heidenau', { count: 2, unfiltered: 5, filtered: true })).toBe(
      '2 Ergebnisse für „Heidenau“ mit den gewählten Filtern (ohne Filter: 5)',
    );
  });

  it('offers more results with the number left', () => {
    expect(TEXTS.more(12)).toBe('Weitere Ergebnisse anzeigen (noch 12)');
    expect(TEXTS.more(1500)).toBe('Weitere Ergebnisse anzeigen (noch 1.500)');
  });

  it('writes a filter option’s count in brackets with German digit grouping', () => {
    expect(TEXTS.filterCount(7)).toBe('(7)');
    expect(TEXTS.filterCount(10000)).toBe('(10.000)');
  });
});
