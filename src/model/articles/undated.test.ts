import { describe, expect, it } from 'vitest';
import { agreementDateGaps, agreementDateGapsText } from './undated.ts';

const a = (date?: string, dateUncertain = false) => ({ data: { date, dateUncertain } });

describe('agreementDateGaps', () => {
  it('counts agreements without a date, with only a year or month, and with an inferred day', () => {
    const gaps = agreementDateGaps([a('2023-08-09'), a(), a(), a('2020'), a('2021-05'), a('2021-09-10', true)]);
    expect(gaps).toEqual({ total: 6, noDate: 2, yearOnly: 1, monthOnly: 1, uncertain: 1 });
  });
});

describe('agreementDateGapsText', () => {
  it('says how many agreements have no known day, and that an inferred day is marked', () => {
    expect(agreementDateGapsText({ total: 27, noDate: 2, yearOnly: 1, monthOnly: 0, uncertain: 1 })).toBe(
      'Von den 27 Vereinbarungen auf dieser Website ist bei 3 kein genauer Tag der Unterzeichnung bekannt ' +
        '(bei 2 gar kein Datum, bei 1 nur das Jahr); zu ihnen gibt es hier keine datierte Kurzmeldung. ' +
        'Bei einer Vereinbarung ist der Tag nur erschlossen; die Kurzmeldung sagt beim Datum, dass es nicht gesichert ist.',
    );
  });
  it('does not invent gaps when every day is known', () => {
    expect(agreementDateGapsText({ total: 2, noDate: 0, yearOnly: 0, monthOnly: 0, uncertain: 0 })).toBe(
      'Bei allen 2 Vereinbarungen auf dieser Website ist der Tag der Unterzeichnung bekannt.',
    );
  });
});
