/**
 * iCalendar files (RFC 5545) for events, made with ical-generator.
 *
 * - An event with a start time is a Europe/Berlin date-time (DTSTART;TZID=Europe/Berlin:…), and the file
 *   carries the matching VTIMEZONE, so summer and winter time come out right in every calendar.
 * - An event without a start time is an all-day event (DTSTART;VALUE=DATE:…): we do not invent a time.
 * - The calendar itself has no default zone: ical-generator would then write DTSTAMP as local time, but
 *   RFC 5545 (3.8.7.2) wants it in UTC. Timed events name their zone themselves, and we add the
 *   VTIMEZONE component they refer to.
 * - The UID is stable (`<id>@asskomm`). DTSTAMP is the start of the build day in Berlin (`createdOn`), written
 *   in UTC: with METHOD:PUBLISH, RFC 5545 (3.8.7.2) means by it when the file was made, and the file is made on
 *   the build day. Not the event's own date (which says nothing about when the entry was written and may lie
 *   years ahead) and not the clock (two builds on the same day, or with the same BUILD_DATE, give
 *   byte-identical files). The entry's last change in Git was the other candidate; it was not chosen because a
 *   build from a copy without history (CI caches, tests, tarballs) would have no answer.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { TIME_ZONE } from '../format/dates.ts';

export interface CalendarEvent {
  /** Entry id; the UID becomes `<id>@asskomm`. */
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM in Berlin time, when known. */
  startTime?: string | undefined;
  endTime?: string | undefined;
  location: string;
  description: string;
  /** Absolute address of the event's page. */
  url: string;
}

export interface CalendarOptions {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** The day the file is made (YYYY-MM-DD, Berlin): the build day. Every DTSTAMP is its start, in UTC. */
  createdOn: string;
}

export const UID_DOMAIN = 'asskomm';

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number);
  return [y!, m! - 1, d!];
}

/** A wall-clock time in Berlin as a zoned date ical-generator can format in that zone. */
function berlin(isoDate: string, time: string): TZDate {
  const [hh, mm] = time.split(':').map(Number);
  return new TZDate(...parts(isoDate), hh!, mm!, 0, TIME_ZONE);
}

/** A calendar day as midnight UTC (ical-generator writes all-day dates from the UTC fields). */
function utcDay(isoDate: string, plusDays = 0): Date {
  const [y, m, d] = parts(isoDate);
  return new Date(Date.UTC(y, m, d + plusDays));
}

export function buildCalendar(events: CalendarEvent[], options: CalendarOptions): string {
  const timed = events.some((e) => e.startTime);
  const cal = ical({
    name: options.name,
    description: options.description ?? null,
    prodId: { company: 'Landespraeventionsrat Sachsen', product: 'ASSKomm', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const stamp = new Date(new TZDate(...parts(options.createdOn), 0, 0, 0, TIME_ZONE).getTime());
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const e of sorted) {
    const common = {
      id: `${e.id}@${UID_DOMAIN}`,
      stamp,
      summary: e.title,
      location: e.location,
      description: e.description,
      url: e.url,
    };
    if (e.startTime) {
      cal.createEvent({
        ...common,
        start: berlin(e.date, e.startTime),
        end: e.endTime ? berlin(e.date, e.endTime) : null,
        timezone: TIME_ZONE,
      });
    } else {
      cal.createEvent({ ...common, allDay: true, start: utcDay(e.date), end: utcDay(e.date, 1) });
    }
  }
  const ics = cal.toString();
  return timed ? withTimezone(ics) : ics;
}

/** Puts the Europe/Berlin VTIMEZONE in front of the first event, where RFC 5545 calendars keep it. */
function withTimezone(ics: string): string {
  const vtimezone = getVtimezoneComponent(TIME_ZONE);
  if (!vtimezone) throw new Error(`Keine Zeitzonendefinition für ${TIME_ZONE}`);
  const component = vtimezone.replace(/\r?\n/g, '\r\n').replace(/(\r\n)?$/, '\r\n');
  const at = ics.indexOf('BEGIN:VEVENT\r\n');
  return ics.slice(0, at) + component + ics.slice(at);
}
