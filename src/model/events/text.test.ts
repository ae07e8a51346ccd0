import { describe, expect, it } from 'vitest';
import { audienceLabel, eventKindLabel, eventTimeText, routePlannerUrl, venueFull, venueShort } from './text.ts';

describe('eventTimeText', () => {
  it('says honestly when the time is not known yet', () => {
    expect(eventTimeText({})).toBe('Uhrzeit wird noch bekannt gegeben');
    expect(eventTimeText({}, true)).toBe('Uhrzeit nicht bekannt');
    expect(eventTimeText({ startTime: '10:00' }, true)).toBe('10:00 Uhr');
    expect(eventTimeText({ startTime: '10:00' })).toBe('10:00 Uhr');
    expect(eventTimeText({ startTime: '10:00', endTime: '13:30' })).toBe('10:00 bis 13:30 Uhr');
  });
});

describe('venues', () => {
  const mgh = { name: 'Mehrgenerationenhaus Heidenau', city: 'Heidenau' };
  it('does not repeat the town when the place name already contains it', () => {
    expect(venueFull(mgh)).toBe('Mehrgenerationenhaus Heidenau');
    expect(venueShort(mgh)).toBe('Mehrgenerationenhaus Heidenau');
    expect(venueShort({ name: 'Rathaus', city: 'Pirna' })).toBe('Rathaus, Pirna');
    expect(venueFull({ city: 'Dresden' })).toBe('Dresden');
    expect(venueFull({ name: 'Rathaus', street: 'Markt 1', postcode: '01796', city: 'Pirna' })).toBe('Rathaus, Markt 1, 01796 Pirna');
  });

  it('links the route planner with the most precise address known, URL-encoded', () => {
    expect(routePlannerUrl(mgh)).toBe(
      'https://www.openstreetmap.org/directions?to=Mehrgenerationenhaus%20Heidenau%2C%20Heidenau',
    );
  });
});

describe('event options', () => {
  it('name kind and audience as editors chose them in the CMS', () => {
    expect(eventKindLabel('Online')).toBe('Online-Veranstaltung');
    expect(audienceLabel('schueler')).toBe('Schülerinnen und Schüler');
  });
});
