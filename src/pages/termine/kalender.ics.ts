/** /termine/kalender.ics: every event, past and upcoming, to subscribe to in a calendar app. */
import type { APIRoute } from 'astro';
import { loadStore } from '../../model/store.ts';
import { calendarResponse, siteCalendar } from '../../model/events/calendar-files.ts';

export const GET: APIRoute = async ({ site }) => {
  const s = await loadStore();
  return calendarResponse(siteCalendar(s.events, site), 'asskomm-termine.ics');
};
