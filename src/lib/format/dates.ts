/**
 * Dates as German readers expect them ("9. August 2023"), and instants in Europe/Berlin.
 *
 * Calendar days are stored as text (YYYY-MM-DD) and formatted as calendar days: no time zone can shift them.
 * A date may be known only to the month or year ("2023-08", "2023"), or not at all.
 */
import { TZDate } from '@date-fns/tz';

export const TIME_ZONE = 'Europe/Berlin';

const dayFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('de-DE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function utcDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

/** "2023-08-09" → "9. August 2023" */
export function formatDate(iso: string): string {
  return dayFormat.format(utcDay(iso));
}

/** "2023-08-26" → "Samstag, 26. August 2023" */
export function formatDateWithWeekday(iso: string): string {
  return weekdayFormat.format(utcDay(iso));
}

export const UNKNOWN_DATE = 'Datum unbekannt';
export const UNCERTAIN_SUFFIX = ' (nicht gesichert)';

/** "2023-08-09" → "9. August 2023", "2023-08" → "August 2023", "2023" → "2023", none → "Datum unbekannt". */
export function formatPartialDate(value: string | undefined, uncertain = false): string {
  if (!value) return UNKNOWN_DATE;
  const parts = value.split('-');
  const text = parts.length === 3 ? formatDate(value) : parts.length === 2 ? monthFormat.format(utcDay(value)) : value;
  return uncertain ? `${text}${UNCERTAIN_SUFFIX}` : text;
}

/** The year of a (partial) date, or undefined when the date is unknown. */
export function yearOf(value: string | undefined): number | undefined {
  return value ? Number(value.slice(0, 4)) : undefined;
}

/**
 * Sorts (partial) dates oldest first; a date known only to the year sorts after the exact dates of that
 * year's start, unknown dates last.
 */
export function comparePartialDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a.localeCompare(b);
}

/** "14:30" → "14:30 Uhr" */
export function formatTime(time: string): string {
  return `${time} Uhr`;
}

/** The instant a Berlin wall-clock time denotes (summer and winter time handled by the tz database). */
export function berlinInstant(isoDate: string, time = '00:00'): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y!, m! - 1, d!, hh!, mm!, 0, TIME_ZONE).getTime());
}

/** Today's calendar day in Berlin, as YYYY-MM-DD. */
const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function berlinToday(now: Date = new Date()): string {
  return BERLIN_DAY.format(now);
}

/** An ISO 8601 timestamp with the Berlin offset, e.g. "2023-08-26T10:00:00+02:00" (for JSON-LD). */
export function berlinIsoString(isoDate: string, time: string): string {
  return new TZDate(berlinInstant(isoDate, time), TIME_ZONE).toISOString().replace(/\.\d{3}/, '');
}
