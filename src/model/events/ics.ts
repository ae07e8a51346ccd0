/** Content events as calendar entries: what a calendar app shows as title, place and description. */
import { streetUnknown, timeUnknown, venueFull, type Venue } from '../labels.ts';
import type { CalendarEvent } from '../../lib/ics/calendar.ts';

export interface EventLike {
  id: string;
  data: {
    title: string;
    summary?: string | undefined;
    date: string;
    startTime?: string | undefined;
    endTime?: string | undefined;
    venue: Venue;
  };
}

/** `pageUrl` is the absolute address of the event's page; `today` (YYYY-MM-DD) decides what is still to come. */
export function calendarEventOf(e: EventLike, pageUrl: string, today: string): CalendarEvent {
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
