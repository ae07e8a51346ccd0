import { describe, expect, it } from 'vitest';
import { problems } from '../schema-test-tools.ts';
import { events } from './schema.ts';

const valid = {
  title: 'Informationstag Schulabsentismus',
  kind: 'Informationstag',
  date: '2024-05-14',
  startTime: '14:00',
  endTime: '16:00',
  venue: { city: 'Heidenau', postcode: '01809' },
};

describe('events: rules across fields', () => {
  it('accepts a complete event', () => {
    expect(problems(events, valid)).toEqual([]);
  });

  it('accepts an event without any time', () => {
    expect(problems(events, { ...valid, startTime: undefined, endTime: undefined })).toEqual([]);
  });

  it('refuses an end without a start', () => {
    expect(problems(events, { ...valid, startTime: undefined })).toEqual([
      { path: ['endTime'], message: 'gibt es nur zusammen mit einem Beginn.' },
    ]);
  });

  it('refuses an end before the start', () => {
    expect(problems(events, { ...valid, startTime: '16:00', endTime: '14:30' })).toEqual([
      { path: ['endTime'], message: '(14:30 Uhr) liegt nicht nach dem Beginn (16:00 Uhr).' },
    ]);
  });

  it('refuses an end at the start', () => {
    expect(problems(events, { ...valid, startTime: '16:00', endTime: '16:00' })).toEqual([
      { path: ['endTime'], message: '(16:00 Uhr) liegt nicht nach dem Beginn (16:00 Uhr).' },
    ]);
  });

  it('refuses a postcode that is not five digits', () => {
    expect(problems(events, { ...valid, venue: { city: 'Heidenau', postcode: '1809' } })).toEqual([
      { path: ['venue', 'postcode'], message: '„1809“ ist keine Postleitzahl: Sie hat genau 5 Ziffern.' },
    ]);
  });
});
