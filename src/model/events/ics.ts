/** Content events as calendar entries: what a calendar app shows as title, place and description. */
import { streetUnknown, timeUnknown, venueFull } from './text.ts';
import type { EventEntry } from '../store.ts';
import type { CalendarEvent } from '../../lib/ics/calendar.ts';

/** What a calendar entry needs of an event: its id and these fields as the schema gives them. */
export type CalendarSource = Pick<EventEntry, 'id'> & {
  data: Pick<EventEntry['data'], 'title' | 'summary' | 'date' | 'startTime' | 'endTime' | 'venue'>;
};

/** `pageUrl` is the absolute address of the event's page; `today` (YYYY-MM-DD) decides what is still to come. */
export function calendarEventOf(e: CalendarSource, pageUrl: string, today: string): CalendarEvent {
  const d = e.data;
  const past = d.date < today;
  const lines = [
    d.summary,
    d.startTime ? undefined : `${timeUnknown(past)}.`,
    `Ort: ${venueFull(d.venue)}.${d.venue.street ? '' : ` ${streetUnknown(past)}.`}`,
    `Alle Angaben: ${pageUrl}`,
  ].filter((l): l is string => !!l);
  return {
    id: e.id,
    title: d.title,
    date: d.date,
    startTime: d.startTime,
    endTime: d.endTime,
    location: venueFull(d.venue),
    description: lines.join('\n\n'),
    url: pageUrl,
  };
}
