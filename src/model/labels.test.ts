import { describe, expect, it } from 'vitest';
import { distinctParts, eventTimeText, tabTitle, participantText, routePlannerUrl, townPlace, venueFull, venueShort } from './labels.ts';

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

describe('participantText', () => {
  it('names person, role and organisation, or the description', () => {
    expect(participantText({ name: 'Jürgen Opitz', role: 'Bürgermeister', organisation: 'Stadt Heidenau' })).toBe(
      'Jürgen Opitz (Bürgermeister, Stadt Heidenau)',
    );
    expect(participantText({ name: 'Lutz Michen' })).toBe('Lutz Michen');
    expect(participantText({ description: 'die Bürgermeister der fünf Städte' })).toBe('die Bürgermeister der fünf Städte');
  });
});

describe('distinctParts', () => {
  it('drops parts another part already says, and empty ones', () => {
    expect(distinctParts(['Bürgermeister', 'Bürgermeister der Stadt Heidenau', 'Stadt Heidenau'])).toBe('Bürgermeister der Stadt Heidenau');
    expect(distinctParts(['Polizeipräsident', 'Polizeidirektion Dresden'])).toBe('Polizeipräsident, Polizeidirektion Dresden');
    expect(distinctParts(['Stadt Heidenau', 'Stadt Heidenau'])).toBe('Stadt Heidenau');
    expect(distinctParts([undefined, '', 'LPR'])).toBe('LPR');
  });
});

describe('townPlace', () => {
  it('names kind and Landkreis, and a kreisfreie Stadt as such', () => {
    const soe = { kind: 'Landkreis', label: 'Landkreis Sächsische Schweiz-Osterzgebirge' };
    expect(townPlace('Stadt', [soe])).toBe('Stadt im Landkreis Sächsische Schweiz-Osterzgebirge');
    expect(townPlace('Stadt', [{ kind: 'Kreisfreie Stadt', label: 'Kreisfreie Stadt Leipzig' }])).toBe('Kreisfreie Stadt');
    expect(townPlace('Verbund mehrerer Kommunen', [soe, { kind: 'Landkreis', label: 'Landkreis Görlitz' }])).toBe(
      'Verbund mehrerer Kommunen im Landkreis Sächsische Schweiz-Osterzgebirge und im Landkreis Görlitz',
    );
  });
});

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
