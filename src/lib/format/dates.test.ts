import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../tests/support/cases.ts';
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
  itMaps('writes days as German readers expect', formatDate, [
    ['2023-08-09', '9. August 2023'],
    ['2019-02-06', '6. Februar 2019'],
    ['2021-03-01', '1. März 2021'],
  ]);
  itMaps('names the weekday when asked', formatDateWithWeekday, [['2023-08-26', 'Samstag, 26. August 2023']]);
  itMaps('says honestly how much of a date is known', formatPartialDate, [
    ['2023-08-09', false, '9. August 2023'],
    ['2023-08', false, 'August 2023'],
    ['2020', false, '2020'],
    [undefined, false, 'Datum unbekannt'],
    ['2021-09-10', true, '10. September 2021 (nicht gesichert)'],
  ]);

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
