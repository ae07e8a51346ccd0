/** Events split into upcoming and past relative to a given day (the build day, in Berlin). */
import { buildDay } from '../build-day.ts';
import { loadStore, type EventEntry } from '../store.ts';

export interface EventSchedule {
  /** The day the split was made (YYYY-MM-DD, Berlin); pages show it. */
  today: string;
  /** Today and later, soonest first; on the same day info days first. */
  upcoming: EventEntry[];
  /** Earlier, grouped by year, newest year first and newest first within a year. */
  pastByYear: { year: number; events: EventEntry[] }[];
}

const startKey = (e: EventEntry) => `${e.data.date}T${e.data.startTime ?? '00:00'}`;
const infoDayFirst = (e: EventEntry) => (e.data.kind === 'Informationstag' ? 0 : 1);

export function scheduleOf(events: EventEntry[], today: string): EventSchedule {
  const upcoming = events
    .filter((e) => e.data.date >= today)
    .sort((a, b) => startKey(a).localeCompare(startKey(b)) || infoDayFirst(a) - infoDayFirst(b));
  const past = events.filter((e) => e.data.date < today).sort((a, b) => startKey(b).localeCompare(startKey(a)));
  const years = new Map<number, EventEntry[]>();
  for (const e of past) {
    const y = Number(e.data.date.slice(0, 4));
    years.set(y, [...(years.get(y) ?? []), e]);
  }
  return {
    today,
    upcoming,
    pastByYear: [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, events: list })),
  };
}

export { buildDay };

/** The schedule as of the build day. */
export async function getSchedule(): Promise<EventSchedule> {
  const s = await loadStore();
  return scheduleOf(s.events, buildDay());
}
