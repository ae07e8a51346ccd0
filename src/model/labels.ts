/**
 * How entries are named in running text: option labels, event times and places, participants.
 * Pure functions, shared by cards, pages, calendar files and open data so every place says the same.
 */
import { formatTime } from '../lib/format/dates.ts';
import { metaDescription } from '../lib/seo/meta.ts';
import { AGREEMENT_KINDS } from './agreements/schema.ts';
import { AUDIENCES, EVENT_KINDS } from './events/schema.ts';
import { ORGANISATION_KINDS } from './organisations/schema.ts';
import { MILESTONE_KINDS, TOWN_KINDS } from './towns/schema.ts';

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
const AGREEMENT_KIND_PLURALS: Record<string, string> = {
  Kooperationsvereinbarung: 'Kooperationsvereinbarungen',
  Vorvereinbarung: 'Vorvereinbarungen',
};
/** "Kooperationsvereinbarungen", for table heads. */
export const agreementKindPlural = (v: string) => AGREEMENT_KIND_PLURALS[v] ?? agreementKindLabel(v);
export const eventKindLabel = (v: string) => optionLabel(EVENT_KINDS, v);
export const audienceLabel = (v: string) => optionLabel(AUDIENCES, v);
export const organisationKindLabel = (v: string) => optionLabel(ORGANISATION_KINDS, v);
export const milestoneLabel = (v: string) => optionLabel(MILESTONE_KINDS, v);

/** What we say while a fact may still come; for events already past, it simply is not known. */
export const TIME_UNKNOWN = 'Uhrzeit wird noch bekannt gegeben';
export const TIME_UNKNOWN_PAST = 'Uhrzeit nicht bekannt';
export const STREET_UNKNOWN = 'Straße und Hausnummer sind noch nicht bekannt';
export const STREET_UNKNOWN_PAST = 'Straße und Hausnummer sind nicht bekannt';

export const timeUnknown = (past: boolean) => (past ? TIME_UNKNOWN_PAST : TIME_UNKNOWN);
export const streetUnknown = (past: boolean) => (past ? STREET_UNKNOWN_PAST : STREET_UNKNOWN);

export interface EventTimes {
  startTime?: string | undefined;
  endTime?: string | undefined;
}

/** "10:00 bis 12:00 Uhr", "10:00 Uhr", "Uhrzeit wird noch bekannt gegeben" (or, once past, "Uhrzeit nicht bekannt"). */
export function eventTimeText(e: EventTimes, past = false): string {
  if (!e.startTime) return timeUnknown(past);
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

/**
 * A plain link to OpenStreetMap's route planner with the place as destination (OSM looks the text up;
 * the visitor adds where they start). Nothing is loaded on our pages.
 */
export function routePlannerUrl(v: Venue): string {
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(venueQuery(v))}`;
}

export interface ParticipantText {
  name?: string | undefined;
  role?: string | undefined;
  organisation?: string | undefined;
  description?: string | undefined;
}

/** "Jürgen Opitz (Bürgermeister, Stadt Heidenau)", or the description when nobody is named. */
export function participantText(p: ParticipantText): string {
  const who = p.name ?? p.description;
  const what = distinctParts([p.role, p.organisation]);
  if (!who) return what;
  return what ? `${who} (${what})` : who;
}

/**
 * Joins the parts that say something new: "Bürgermeister", "Bürgermeister der Stadt Heidenau" and
 * "Stadt Heidenau" become "Bürgermeister der Stadt Heidenau". Empty parts are dropped.
 */
export function distinctParts(parts: (string | undefined)[]): string {
  const list = parts.filter((p): p is string => !!p && p.trim() !== '');
  const lower = list.map((p) => p.toLocaleLowerCase('de'));
  return list
    .filter((_, i) => !lower.some((q, j) => j !== i && q.includes(lower[i]!) && (q !== lower[i] || j < i)))
    .join(', ');
}

/**
 * Where a town lies, in one line: "Stadt im Landkreis Görlitz", "Kreisfreie Stadt" (Leipzig, Chemnitz,
 * Dresden are their own district), "Verbund mehrerer Kommunen im Landkreis Zwickau und im Vogtlandkreis".
 */
export function townPlace(kindLabel: string, districts: { kind: string; label: string }[]): string {
  if (districts.length === 1 && districts[0]!.kind === 'Kreisfreie Stadt') return 'Kreisfreie Stadt';
  if (districts.length === 0) return kindLabel;
  return `${kindLabel} ${districts.map((d) => `im ${d.label}`).join(' und ')}`;
}

/**
 * The title for the browser tab and search results: with " – ASSKomm" it stays within 70 characters. A long
 * entry title keeps its first words and its last word, which often tells entries apart
 * ("Kooperationsvereinbarung … Reichenbach/O.L."). The page's h1 always shows the full title.
 */
export function tabTitle(title: string, max = 60): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const words = t.split(' ');
  const last = words.at(-1)!;
  const head: string[] = [];
  for (const w of words.slice(0, -1)) {
    if ([...head, w].join(' ').length + ' … '.length + last.length > max) break;
    head.push(w);
  }
  return head.length > 0 ? `${head.join(' ')} … ${last}` : metaDescription(t, max);
}
