import { describe, expect, it } from 'vitest';
import { tabTitle } from './tab-title.ts';

describe('tabTitle', () => {
  it('keeps short titles, and keeps first words and last word of long ones within 60 characters', () => {
    expect(tabTitle('Informationstag Schulabsentismus in Heidenau')).toBe('Informationstag Schulabsentismus in Heidenau');
    const a = tabTitle('Kooperationsvereinbarung Verwaltungsgemeinschaft Reichenbach/O.L.');
    const b = tabTitle('Kooperationsvereinbarung Verwaltungsgemeinschaft Olbersdorf und Umgebung');
    expect(a).toBe('Kooperationsvereinbarung … Reichenbach/O.L.');
    expect(b).toBe('Kooperationsvereinbarung Verwaltungsgemeinschaft … Umgebung');
    for (const x of [a, b]) expect(x.length).toBeLessThanOrEqual(60);
    expect(tabTitle('Informationstag Seniorensicherheit in Reichenbach im Vogtland')).toBe(
      'Informationstag Seniorensicherheit in Reichenbach … Vogtland',
    );
  });
});
