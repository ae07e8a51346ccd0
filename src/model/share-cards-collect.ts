/** Every share card of the site, from the content: one per article, event, campaign and town. */
import { getSettings, loadStore, resolveAll } from './store.ts';
import { viewTown } from './towns/views.ts';
import { shareCardKindOf, type ShareCardKind } from './share-cards.ts';
import { articleCard } from './articles/share-card.ts';
import { campaignCard } from './campaigns/share-card.ts';
import { eventCard } from './events/share-card.ts';
import { townCard } from './towns/share-card.ts';
import type { ShareCardContent } from '../lib/og/template.ts';

export interface ShareCardEntry {
  kind: ShareCardKind;
  id: string;
  card: ShareCardContent;
}

export async function allShareCards(): Promise<ShareCardEntry[]> {
  const [s, settings] = await Promise.all([loadStore(), getSettings()]);
  const brand = { shortName: settings.shortName, siteName: settings.siteName };
  return [
    ...s.articles.map((a) => ({ kind: shareCardKindOf('articles'), id: a.id, card: articleCard(a.data, brand) })),
    ...s.events.map((e) => ({ kind: shareCardKindOf('events'), id: e.id, card: eventCard(e.data, brand) })),
    ...s.campaigns.map((c) => ({
      kind: shareCardKindOf('campaigns'),
      id: c.id,
      card: campaignCard(c.data, resolveAll(s, c.data.towns).map((t) => t.data.name), brand),
    })),
    ...s.towns.map((t) => ({ kind: shareCardKindOf('towns'), id: t.id, card: townCard(t.data, viewTown(s, t).districts, brand) })),
  ];
}
