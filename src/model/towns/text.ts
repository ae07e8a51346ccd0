/** How a town is put into words: its kind, its milestones, where it lies. */
import { optionLabel } from '../../lib/format/text.ts';
import type { District } from '../../lib/geo/municipalities.ts';
import { MILESTONE_KINDS, TOWN_KINDS } from './schema.ts';

export const townKindLabel = (v: string) => optionLabel(TOWN_KINDS, v);
export const milestoneLabel = (v: string) => optionLabel(MILESTONE_KINDS, v);

/**
 * Where a town lies, in one line: "Stadt im Landkreis Görlitz", "Kreisfreie Stadt" (Leipzig, Chemnitz,
 * Dresden are their own district), "Verbund mehrerer Kommunen im Landkreis Zwickau und im Vogtlandkreis".
 */
export function townPlace(kindLabel: string, districts: readonly Pick<District, 'kind' | 'label'>[]): string {
  if (districts.length === 1 && districts[0]!.kind === 'Kreisfreie Stadt') return 'Kreisfreie Stadt';
  if (districts.length === 0) return kindLabel;
  return `${kindLabel} ${districts.map((d) => `im ${d.label}`).join(' und ')}`;
}
