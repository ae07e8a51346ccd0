/** The calendar files of this site: one per event, and one with every event to subscribe to. */
import { buildDay } from './schedule.ts';
import { paths } from '../paths.ts';
import { publicUrl } from '../../lib/seo/meta.ts';
import { buildCalendar } from '../../lib/ics/calendar.ts';
import { calendarEventOf, type CalendarSource } from './ics.ts';

export const CALENDAR_NAME = 'ASSKomm-Termine';

export function siteCalendar(events: readonly CalendarSource[], site: URL | undefined, name = CALENDAR_NAME): string {
  const today = buildDay();
  return buildCalendar(
    events.map((e) => calendarEventOf(e, publicUrl(paths.event(e.id), site), today)),
    { name, description: 'Termine der Allianz Sichere Sächsische Kommunen (ASSKomm)', createdOn: today },
  );
}

export function calendarResponse(ics: string, fileName: string): Response {
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
    },
  });
}
