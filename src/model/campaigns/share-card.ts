/** A campaign's share card: "Kampagne", its title, topic, towns and start. */
import { formatPartialDate } from '../../lib/format/dates.ts';
import type { ShareCardContent } from '../../lib/og/template.ts';
import type { Brand } from '../share-cards.ts';
import type { CampaignEntry } from '../store.ts';
import { campaigns } from './schema.ts';

export function campaignCard(
  c: Pick<CampaignEntry['data'], 'title' | 'topic' | 'start'>,
  townNames: readonly string[],
  brand: Brand,
): ShareCardContent {
  const where = townNames.join(', ');
  const meta = [c.topic, where, c.start ? `seit ${formatPartialDate(c.start)}` : undefined].filter(Boolean).join(' · ');
  return { eyebrow: campaigns.labelSingular, title: c.title, meta, brand };
}
