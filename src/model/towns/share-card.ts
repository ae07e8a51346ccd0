/** A town's share card: its kind ("Stadt"), its name and its Landkreise. */
import type { District } from '../../lib/geo/municipalities.ts';
import type { ShareCardContent } from '../../lib/og/template.ts';
import type { Brand } from '../share-cards.ts';
import type { TownEntry } from '../store.ts';
import { townKindLabel } from './text.ts';

export function townCard(
  t: Pick<TownEntry['data'], 'name' | 'kind'>,
  districts: readonly Pick<District, 'label'>[],
  brand: Brand,
): ShareCardContent {
  return { eyebrow: townKindLabel(t.kind), title: t.name, meta: districts.map((d) => d.label).join(', ') || undefined, brand };
}
