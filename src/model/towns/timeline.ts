/**
 * A town's ASSKomm history as one timeline: its milestones, those of the groups it belongs to, and the
 * agreements it signed (itself or through a group), oldest first, undated last.
 */
import { comparePartialDates } from '../../lib/format/dates.ts';
import type { AgreementEntry, Store, TownEntry } from '../store.ts';
import { agreementKindLabel } from '../agreements/text.ts';
import { milestoneLabel } from './text.ts';
import { agreementsOfTown, type TownView } from './views.ts';

export interface TimelineItem {
  date?: string | undefined;
  dateUncertain: boolean;
  label: string;
  note?: string | undefined;
  /** The group through which the town has this milestone, if not its own. */
  via?: TownEntry | undefined;
  /** The agreement this item stands for. */
  agreement?: AgreementEntry | undefined;
}

export function timelineOf(s: Store, view: TownView): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const t of [view.entry, ...view.groups]) {
    for (const m of t.data.milestones) {
      items.push({
        date: m.date,
        dateUncertain: m.dateUncertain,
        label: milestoneLabel(m.kind),
        note: m.note,
        via: t.id === view.id ? undefined : t,
      });
    }
  }
  const ownIds = new Set([view.id]);
  for (const a of agreementsOfTown(s, view)) {
    const number = a.data.number !== undefined ? ` (Nr. ${a.data.number})` : '';
    items.push({
      date: a.data.date,
      dateUncertain: a.data.dateUncertain,
      label: `${agreementKindLabel(a.data.kind)} unterzeichnet${number}`,
      via: a.data.towns.some((t) => ownIds.has(t.id)) ? undefined : view.groups.find((g) => a.data.towns.some((t) => t.id === g.id)),
      agreement: a,
    });
  }
  return items.sort((a, b) => comparePartialDates(a.date, b.date));
}
