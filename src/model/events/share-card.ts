/** An event's share card: "Termin", its title, day and town. */
import { formatDate } from '../../lib/format/dates.ts';
import type { ShareCardContent } from '../../lib/og/template.ts';
import type { Brand } from '../share-cards.ts';
import type { EventEntry } from '../store.ts';
import { events } from './schema.ts';

export function eventCard(e: Pick<EventEntry['data'], 'title' | 'date' | 'venue'>, brand: Brand): ShareCardContent {
  return { eyebrow: events.labelSingular, title: e.title, meta: `${formatDate(e.date)} · ${e.venue.city}`, brand };
}
