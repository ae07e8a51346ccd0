import { describe, expect, it } from 'vitest';
import { calendarEventOf, type CalendarSource } from './ics.ts';

const infotag: CalendarSource = {
  id: 'infotag',
  data: {
    title: 'Informationstag Schulabsentismus in Heidenau',
    summary: 'Erster Informationstag der Kampagne.',
    date: '2023-08-26',
    venue: { name: 'Mehrgenerationenhaus Heidenau', city: 'Heidenau' },
  },
};

describe('calendarEventOf', () => {
  it('says in the description what is not known yet and links the page', () => {
    const c = calendarEventOf(infotag, 'https://asskomm.example/termine/infotag/', '2023-08-20');
    expect(c.location).toBe('Mehrgenerationenhaus Heidenau');
    expect(c.description).toBe(
      [
        'Erster Informationstag der Kampagne.',
        'Uhrzeit wird noch bekannt gegeben.',
        'Ort: Mehrgenerationenhaus Heidenau. Straße und Hausnummer sind noch nicht bekannt.',
        'Alle Angaben: https://asskomm.example/termine/infotag/',
      ].join('\n\n'),
    );
    expect(c.startTime).toBeUndefined();
  });

  it('says plainly that time and street are not known once the event is past', () => {
    const c = calendarEventOf(infotag, 'https://asskomm.example/termine/infotag/', '2023-08-27');
    expect(c.description).toContain('Uhrzeit nicht bekannt.');
    expect(c.description).toContain('Straße und Hausnummer sind nicht bekannt.');
    expect(c.description).not.toContain('noch');
  });

  it('writes the full address as location when it is known, and no notes about unknowns', () => {
    const c = calendarEventOf(
      { id: 'x', data: { ...infotag.data, startTime: '10:00', venue: { name: 'Rathaus', street: 'Markt 1', postcode: '01809', city: 'Heidenau' } } },
      'https://asskomm.example/termine/x/',
      '2023-08-20',
    );
    expect(c.location).toBe('Rathaus, Markt 1, 01809 Heidenau');
    expect(c.description).not.toMatch(/bekannt/);
    expect(c.startTime).toBe('10:00');
  });
});
