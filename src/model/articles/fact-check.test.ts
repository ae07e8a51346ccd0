import { describe, expect, it } from 'vitest';
import { dateIsKnown, datesInText, namesInText, numbersInText, titledNames, withoutPhrases } from './fact-check.ts';

describe('datesInText', () => {
  it('finds days, months and lone years in German, and leaves the other numbers', () => {
    const found = datesInText('Am 9. August 2023 unterschrieb Heidenau die 53. Vereinbarung; die erste folgte im März 2021, eine andere 2020.');
    expect(found.days).toEqual(['2023-08-09']);
    expect(found.months).toEqual(['2021-03']);
    expect(found.years).toEqual(['2020']);
    expect(numbersInText(found.rest)).toEqual([53]);
  });
  it('reads single-digit days and every month name', () => {
    expect(datesInText('1. Dezember 2021 und 27. Januar 2023').days).toEqual(['2021-12-01', '2023-01-27']);
  });
});

describe('dateIsKnown', () => {
  it('accepts a day or month only when a known date has it', () => {
    expect(dateIsKnown('2021-09', ['2021-09-01'])).toBe(true);
    expect(dateIsKnown('2021-09-10', ['2021-09-01'])).toBe(false);
    expect(dateIsKnown('2020', ['2020-11'])).toBe(true);
    expect(dateIsKnown('2020-11-01', ['2020-11'])).toBe(false);
  });
});

describe('namesInText', () => {
  const towns = new Map([
    ['Reichenbach im Vogtland', 'reichenbach-im-vogtland'],
    ['Reichenbach/O.L.', 'reichenbach-ol'],
    ['Verwaltungsgemeinschaft Reichenbach/O.L.', 'vg-reichenbach-ol'],
    ['Zwickau', 'zwickau'],
  ]);
  it('prefers the longest spelling and does not count it twice', () => {
    expect([...namesInText('Die Verwaltungsgemeinschaft Reichenbach/O.L. trat bei.', towns)]).toEqual(['vg-reichenbach-ol']);
    expect([...namesInText('Reichenbach im Vogtland und Reichenbach/O.L.', towns)].sort()).toEqual(['reichenbach-im-vogtland', 'reichenbach-ol']);
  });
  it('matches whole words only, and not inside phrases taken out before', () => {
    expect(namesInText('die Zwickauer Straße', towns).size).toBe(0);
    expect(namesInText(withoutPhrases('die Polizeidirektion Zwickau', ['Polizeidirektion Zwickau']), towns).size).toBe(0);
  });
});

describe('titledNames', () => {
  it('finds the names written after a title', () => {
    expect(titledNames('Bürgermeister Jürgen Opitz, Polizeipräsident Lutz Rodig und die Landtagsabgeordnete Dr. Christiane Schenderlein.')).toEqual([
      'Jürgen Opitz',
      'Lutz Rodig',
      'Christiane Schenderlein',
    ]);
  });
});
