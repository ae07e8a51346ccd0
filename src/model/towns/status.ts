/**
 * A town's ASSKomm status, layer by layer (the map's layers and the lists' columns): contacted,
 * Modellkommune, prevention council, cooperation agreement, coaching, security analysis — each with
 * its date when known. Agreements come from the agreements collection, the rest from the town's milestones.
 */
import { comparePartialDates } from '../../lib/format/dates.ts';
import type { Store } from '../store.ts';
import { agreementsOfTown, type TownView } from './views.ts';

export const LAYERS = [
  { key: 'kontaktiert', label: 'Kontakt aufgenommen' },
  { key: 'modellkommune', label: 'Modellkommune' },
  { key: 'praeventionsrat', label: 'Kommunaler Präventionsrat' },
  { key: 'kooperationsvereinbarung', label: 'Kooperationsvereinbarung' },
  { key: 'coaching', label: 'Coaching' },
  { key: 'sicherheitsanalyse', label: 'Sicherheitsanalyse' },
] as const;

export type LayerKey = (typeof LAYERS)[number]['key'];

export interface LayerStatus {
  key: LayerKey;
  label: string;
  /** Partial date of the first time this happened, when known. */
  date?: string;
  dateUncertain: boolean;
}

export function townStatus(s: Store, view: TownView): LayerStatus[] {
  const found = new Map<LayerKey, LayerStatus>();
  const add = (key: LayerKey, date: string | undefined, dateUncertain: boolean) => {
    const label = LAYERS.find((l) => l.key === key)!.label;
    const prev = found.get(key);
    if (!prev || comparePartialDates(date, prev.date) < 0) found.set(key, { key, label, date, dateUncertain });
  };
  const own = [view.entry, ...view.groups];
  for (const t of own) for (const m of t.data.milestones) add(m.kind, m.date, m.dateUncertain);
  for (const a of agreementsOfTown(s, view)) {
    if (a.data.kind === 'Kooperationsvereinbarung') add('kooperationsvereinbarung', a.data.date, a.data.dateUncertain);
  }
  return LAYERS.filter((l) => found.has(l.key)).map((l) => found.get(l.key)!);
}
