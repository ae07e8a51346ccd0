/** The start page's events: the next few, information days first (they are meant for the public). */
import type { EventEntry } from '../store.ts';

/** From upcoming events (soonest first), the first `limit`, information days before other kinds, each group by date. */
export function nextEventsForHome<T extends { data: Pick<EventEntry['data'], 'kind'> }>(upcoming: readonly T[], limit = 3): T[] {
  const infoDays = upcoming.filter((e) => e.data.kind === 'Informationstag');
  const others = upcoming.filter((e) => e.data.kind !== 'Informationstag');
  return [...infoDays, ...others].slice(0, limit);
}
