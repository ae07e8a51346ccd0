/** /termine/<id>.ics: one event as an iCalendar file ("In den Kalender"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStore, type EventEntry } from '../../model/store.ts';
import { calendarResponse, siteCalendar } from '../../model/events/calendar-files.ts';

export const getStaticPaths = (async () => {
  const s = await loadStore();
  return s.events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: EventEntry }> = ({ props, site }) =>
  calendarResponse(siteCalendar([props.event], site, props.event.data.title), `${props.event.id}.ics`);
