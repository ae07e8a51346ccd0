/**
 * A town's ASSKomm status, layer by layer (the map's layers and the lists' columns): contacted,
 * Modellkommune, prevention council, cooperation agreement, coaching, security analysis — each with
 * its date when known. Agreements come from the agreements collection, the rest from the town's milestones.
 */
import { comparePartialDates } from '../../lib/format/dates.ts';
import { AGREEMENT_KINDS } from '../agreements/schema.ts';
import type { Store } from '../store.ts';
import { MILESTONE_KINDS } from './schema.ts';
import { agreementsOfTown, type TownView } from './views.ts';

type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** The cooperation agreement, the one step that comes from the agreements collection. */
const AGREEMENT_STEP = 'Kooperationsvereinbarung' satisfies (typeof AGREEMENT_KINDS)[number]['value'];

export type LayerKey = MilestoneKind['value'] | 'kooperationsvereinbarung';

export interface Layer {
  key: LayerKey;
  label: string;
}

/** A milestone kind as a step: its value, named by its `statusLabel` where it has one. */
const milestoneLayer = (k: MilestoneKind): Layer => ({ key: k.value, label: 'statusLabel' in k ? k.statusLabel : k.label });

const agreementLayer: Layer = {
  key: 'kooperationsvereinbarung',
  label: AGREEMENT_KINDS.find((k) => k.value === AGREEMENT_STEP)!.label,
};

/** The steps in the order a town takes them: the milestone kinds, the agreement after the prevention council. */
export const LAYERS: readonly Layer[] = MILESTONE_KINDS.flatMap((k) =>
  k.value === 'praeventionsrat' ? [milestoneLayer(k), agreementLayer] : [milestoneLayer(k)],
);

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
    if (a.data.kind === AGREEMENT_STEP) add('kooperationsvereinbarung', a.data.date, a.data.dateUncertain);
  }
  return LAYERS.filter((l) => found.has(l.key)).map((l) => found.get(l.key)!);
}
