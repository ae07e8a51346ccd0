/**
 * How an event is put into words: its kind, audience, time and place. Shared by cards, the event page,
 * the calendar files and open data so every place says the same.
 */
import { formatTime } from '../../lib/format/dates.ts';
import { optionLabel } from '../../lib/format/text.ts';
import type { EventEntry } from '../store.ts';
import { AUDIENCES, EVENT_KINDS } from './schema.ts';

export type Venue = EventEntry['data']['venue'];

export const eventKindLabel = (v: string) => optionLabel(EVENT_KINDS, v);
export const audienceLabel = (v: string) => optionLabel(AUDIENCES, v);

/** What the home page and the events page say when no event lies ahead. */
export const NO_UPCOMING_EVENTS = 'Zurzeit sind keine Termine angekündigt.';

/** What we say while a fact may still come; for events already past, it simply is not known. */
export const timeUnknown = (past: boolean) => (past ? 'Uhrzeit nicht bekannt' : 'Uhrzeit wird noch bekannt gegeben');
export const streetUnknown = (past: boolean) =>
  past ? 'Straße und Hausnummer sind nicht bekannt' : 'Straße und Hausnummer sind noch nicht bekannt';

/** "10:00 bis 12:00 Uhr", "10:00 Uhr", "Uhrzeit wird noch bekannt gegeben" (or, once past, "Uhrzeit nicht bekannt"). */
export function eventTimeText(e: Pick<EventEntry['data'], 'startTime' | 'endTime'>, past = false): string {
  if (!e.startTime) return timeUnknown(past);
  if (!e.endTime) return formatTime(e.startTime);
  return `${e.startTime} bis ${formatTime(e.endTime)}`;
}

/** "Mehrgenerationenhaus Heidenau, Heidenau": the place as a short line. */
export function venueShort(v: Venue): string {
  return v.name && !v.name.includes(v.city) ? `${v.name}, ${v.city}` : (v.name ?? v.city);
}

/** "01809 Heidenau" or "Heidenau". */
export function venueLocality(v: Venue): string {
  return v.postcode ? `${v.postcode} ${v.city}` : v.city;
}

/** Everything known about the place in one line: name, street, postcode and city. */
export function venueFull(v: Venue): string {
  // "Mehrgenerationenhaus Heidenau, Heidenau" says the town twice; keep it when there is a street between.
  if (v.name && !v.street && !v.postcode && v.name.includes(v.city)) return v.name;
  return venueQuery(v);
}

/** What a route planner should search for: the most precise address known. */
export function venueQuery(v: Venue): string {
  return [v.name, v.street, venueLocality(v)].filter(Boolean).join(', ');
}

/**
 * A plain link to OpenStreetMap's route planner with the place as destination (OSM looks the text up;
 * the visitor adds where they start). Nothing is loaded on our pages.
 */
export function routePlannerUrl(v: Venue): string {
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(venueQuery(v))}`;
}
