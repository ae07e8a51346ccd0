import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEvent } from './calendar.ts';

/** The build day the files below are made on. */
const BUILT = '2026-03-01';

const base: Omit<CalendarEvent, 'id' | 'date'> = {
  title: 'Fachtag',
  location: 'Rathaus, Markt 1, 01809 Heidenau',
  description: 'Ein Fachtag.',
  url: 'https://asskomm.example/termine/fachtag/',
};

function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return { comp, events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** Unfolded content lines, so long lines do not hide what we look for. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('buildCalendar', () => {
  it('writes a summer event as Berlin wall-clock time with the Europe/Berlin VTIMEZONE', () => {
    const ics = buildCalendar([{ ...base, id: 'sommer', date: '2023-08-26', startTime: '10:00', endTime: '13:30' }], {
      name: 'Test',
      createdOn: BUILT,
    });
    const l = lines(ics);
    expect(l).toContain('DTSTART;TZID=Europe/Berlin:20230826T100000');
    expect(l).toContain('DTEND;TZID=Europe/Berlin:20230826T133000');
    expect(l).toContain('BEGIN:VTIMEZONE');
    expect(l).toContain('TZID:Europe/Berlin');
    const { comp, events } = parse(ics);
    const tz = comp.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(tz);
    const start = events[0]!.startDate;
    expect(start.isDate).toBe(false);
    expect(start.zone?.tzid).toBe('Europe/Berlin');
    // 10:00 summer time (CEST) is 08:00 UTC.
    expect(start.toUnixTime()).toBe(Date.UTC(2023, 7, 26, 8, 0) / 1000);
  });

  it('writes a winter event with the winter offset (UTC+1)', () => {
    const ics = buildCalendar([{ ...base, id: 'winter', date: '2024-01-17', startTime: '18:30' }], { name: 'Test', createdOn: BUILT });
    expect(lines(ics)).toContain('DTSTART;TZID=Europe/Berlin:20240117T183000');
    const { comp, events } = parse(ics);
    ICAL.TimezoneService.register(comp.getFirstSubcomponent('vtimezone')!);
    expect(events[0]!.startDate.toUnixTime()).toBe(Date.UTC(2024, 0, 17, 17, 30) / 1000);
  });

  it('writes an event without a known time as an all-day event and without a time zone', () => {
    const ics = buildCalendar([{ ...base, id: 'ganztags', date: '2023-08-26' }], { name: 'Test', createdOn: BUILT });
    const l = lines(ics);
    expect(l).toContain('DTSTART;VALUE=DATE:20230826');
    expect(l).toContain('DTEND;VALUE=DATE:20230827');
    expect(ics).not.toContain('VTIMEZONE');
    const { events } = parse(ics);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe('2023-08-26');
  });

  it('keeps all-day dates right when the same file also holds a timed event', () => {
    const ics = buildCalendar(
      [
        { ...base, id: 'ganztags', date: '2023-08-26' },
        { ...base, id: 'mit-zeit', date: '2023-03-26', startTime: '02:30' },
      ],
      { name: 'Test', createdOn: BUILT },
    );
    const l = lines(ics);
    expect(l).toContain('DTSTART;VALUE=DATE:20230826');
    expect(l).toContain('BEGIN:VTIMEZONE');
  });

  it('has a stable UID, summary, location, description and URL, and is identical when built twice', () => {
    const ev: CalendarEvent = { ...base, id: 'fachtag', date: '2023-08-26', startTime: '10:00' };
    const a = buildCalendar([ev], { name: 'Test', createdOn: BUILT });
    const b = buildCalendar([ev], { name: 'Test', createdOn: BUILT });
    expect(a).toBe(b);
    const { events } = parse(a);
    const e = events[0]!;
    expect(e.uid).toBe('fachtag@asskomm');
    expect(e.summary).toBe('Fachtag');
    expect(e.location).toBe('Rathaus, Markt 1, 01809 Heidenau');
    expect(e.description).toBe('Ein Fachtag.');
    expect(e.component.getFirstPropertyValue('url')).toBe('https://asskomm.example/termine/fachtag/');
  });

  it('stamps every event with the start of the build day in Berlin (in UTC), not with the event\'s own date', () => {
    const events: CalendarEvent[] = [
      { ...base, id: 'fachtag', date: '2023-08-26', startTime: '10:00' },
      { ...base, id: 'ganztags', date: '2027-05-04' },
    ];
    // Midnight in Berlin: 23:00 UTC the day before in winter, 22:00 UTC in summer.
    const winter = lines(buildCalendar(events, { name: 'Test', createdOn: '2026-03-01' })).filter((l) => l.startsWith('DTSTAMP'));
    expect(winter).toEqual(['DTSTAMP:20260228T230000Z', 'DTSTAMP:20260228T230000Z']);
    const summer = lines(buildCalendar(events, { name: 'Test', createdOn: '2026-07-15' })).filter((l) => l.startsWith('DTSTAMP'));
    expect(summer).toEqual(['DTSTAMP:20260714T220000Z', 'DTSTAMP:20260714T220000Z']);
  });

  it('escapes commas and semicolons in text values (RFC 5545, 3.3.11)', () => {
    const ics = buildCalendar([{ ...base, id: 'x', date: '2023-08-26', title: 'Eltern; Kinder, Schule' }], { name: 'T', createdOn: BUILT });
    expect(lines(ics)).toContain('SUMMARY:Eltern\\; Kinder\\, Schule');
    expect(parse(ics).events[0]!.summary).toBe('Eltern; Kinder, Schule');
  });

  it('uses CRLF line endings and folds lines at 75 octets', () => {
    const ics = buildCalendar([{ ...base, id: 'x', date: '2023-08-26', description: 'ä'.repeat(200) }], { name: 'T', createdOn: BUILT });
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
