/**
 * How entries are named in running text: option labels, event times and places, participants.
 * Pure functions, shared by cards, pages, calendar files and open data so every place says the same.
 */
import { formatTime } from '../format/dates.ts';
import { AGREEMENT_KINDS } from '../schema/agreements.ts';
import { AUDIENCES, EVENT_KINDS } from '../schema/events.ts';
import { ORGANISATION_KINDS } from '../schema/organisations.ts';
import { MILESTONE_KINDS, TOWN_KINDS } from '../schema/towns.ts';

interface Option {
  value: string;
  label: string;
}

/** The German label of a select value; the value itself if it is not among the options. */
export function optionLabel(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

export const townKindLabel = (v: string) => optionLabel(TOWN_KINDS, v);
export const agreementKindLabel = (v: string) => optionLabel(AGREEMENT_KINDS, v);
export const eventKindLabel = (v: string) => optionLabel(EVENT_KINDS, v);
export const audienceLabel = (v: string) => optionLabel(AUDIENCES, v);
export const organisationKindLabel = (v: string) => optionLabel(ORGANISATION_KINDS, v);
export const milestoneLabel = (v: string) => optionLabel(MILESTONE_KINDS, v);

export const TIME_UNKNOWN = 'Uhrzeit wird noch bekannt gegeben';
export const STREET_UNKNOWN = 'Straße und Hausnummer sind noch nicht bekannt';

export interface EventTimes {
  startTime?: string | undefined;
  endTime?: string | undefined;
}

/** "10:00 bis 12:00 Uhr", "10:00 Uhr" or "Uhrzeit wird noch bekannt gegeben". */
export function eventTimeText(e: EventTimes): string {
  if (!e.startTime) return TIME_UNKNOWN;
  if (!e.endTime) return formatTime(e.startTime);
  return `${e.startTime} bis ${formatTime(e.endTime)}`;
}

export interface Venue {
  name?: string | undefined;
  street?: string | undefined;
  postcode?: string | undefined;
  city: string;
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
  const parts = [v.name, v.street, venueLocality(v)].filter((p): p is string => !!p);
  // "Mehrgenerationenhaus Heidenau, Heidenau" says the town twice; keep it when there is a street between.
  if (v.name && !v.street && !v.postcode && v.name.includes(v.city)) return v.name;
  return parts.join(', ');
}

/** What a route planner should search for: the most precise address known. */
export function venueQuery(v: Venue): string {
  return [v.name, v.street, venueLocality(v)].filter(Boolean).join(', ');
}

/** A plain link to OpenStreetMap's search for the place (no map is loaded on our pages). */
export function routePlannerUrl(v: Venue): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(venueQuery(v))}`;
}
