import { describe, expect, it } from 'vitest';
import {
  berlinInstant,
  berlinIsoString,
  berlinToday,
  comparePartialDates,
  formatDate,
  formatDateWithWeekday,
  formatPartialDate,
} from './dates.ts';

describe('German dates', () => {
  it('writes days as German readers expect', () => {
    expect(formatDate('2023-08-09')).toBe('9. August 2023');
    expect(formatDate('2019-02-06')).toBe('6. Februar 2019');
    expect(formatDateWithWeekday('2023-08-26')).toBe('Samstag, 26. August 2023');
    expect(formatDate('2021-03-01')).toBe('1. März 2021');
  });

  it('says honestly how much of a date is known', () => {
    expect(formatPartialDate('2023-08-09')).toBe('9. August 2023');
    expect(formatPartialDate('2023-08')).toBe('August 2023');
    expect(formatPartialDate('2020')).toBe('2020');
    expect(formatPartialDate(undefined)).toBe('Datum unbekannt');
    expect(formatPartialDate('2021-09-10', true)).toBe('10. September 2021 (nicht gesichert)');
  });

  it('sorts unknown dates last', () => {
    const dates = [undefined, '2023-08-09', '2020', '2021-02'];
    expect([...dates].sort(comparePartialDates)).toEqual(['2020', '2021-02', '2023-08-09', undefined]);
  });
});

describe('Europe/Berlin', () => {
  it('knows summer and winter time', () => {
    expect(berlinInstant('2023-08-26', '10:00').toISOString()).toBe('2023-08-26T08:00:00.000Z');
    expect(berlinInstant('2024-01-15', '10:00').toISOString()).toBe('2024-01-15T09:00:00.000Z');
    expect(berlinIsoString('2023-08-26', '10:00')).toBe('2023-08-26T10:00:00+02:00');
  });

  it('knows which day it is in Berlin just after midnight', () => {
    expect(berlinToday(new Date('2023-08-25T22:30:00Z'))).toBe('2023-08-26');
  });
});
