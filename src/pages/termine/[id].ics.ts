/** /termine/<id>.ics: one event as an iCalendar file ("In den Kalender"). */
import type { APIRoute } from 'astro';
import { entryPages, type EntryProps } from '../../model/store.ts';
import { calendarResponse, siteCalendar } from '../../model/events/calendar-files.ts';

export const getStaticPaths = entryPages('events');

export const GET: APIRoute<EntryProps<'events'>> = ({ props, site }) =>
  calendarResponse(siteCalendar([props.entry], site, props.entry.data.title), `${props.entry.id}.ics`);
