/**
 * Which pages get a share card, where the card lives, and what it says. Pure: the entries come in, card
 * texts come out (src/lib/og/collect.ts feeds them from the content).
 *
 * In a page:  <BaseLayout … ogImage={shareCardUrl('articles', entry.id)}>
 */
import { formatDate, formatPartialDate } from '../lib/format/dates.ts';
import { townKindLabel } from './towns/text.ts';
import { href } from '../lib/url.ts';
import { collectionDescriptions, type CollectionDescriptions } from './registry.ts';
import type { ShareCardContent } from '../lib/og/template.ts';

/** The collections whose entries have share cards (`site.shareCard` in their descriptions). */
export type CardedCollection = {
  [K in keyof CollectionDescriptions]: CollectionDescriptions[K]['site'] extends { shareCard: true } ? K : never;
}[keyof CollectionDescriptions];

/** A site section with share cards, named as in its addresses (/aktuelles/…, /termine/…). */
export type ShareCardKind = NonNullable<CollectionDescriptions[CardedCollection]['site']>['segment'];

/** The share-card kind of a collection: its URL segment. */
export function shareCardKindOf(c: CardedCollection): ShareCardKind {
  return collectionDescriptions[c].site.segment;
}

export const SHARE_CARD_KINDS: readonly ShareCardKind[] = Object.values(collectionDescriptions).flatMap((c) =>
  c.site && 'shareCard' in c.site ? [c.site.segment as ShareCardKind] : [],
);

/** "/og/aktuelles/<id>.png" (without the base path). */
export function shareCardPath(kind: ShareCardKind, id: string): string {
  return `/og/${kind}/${id}.png`;
}

/** The card of an entry, below the site's base path, for BaseLayout's `ogImage` (make it absolute with Astro.site). */
export function shareCardUrl(c: CardedCollection, id: string): string {
  return href(shareCardPath(shareCardKindOf(c), id));
}

export type Brand = ShareCardContent['brand'];

export function articleCard(a: { title: string; date: string }, brand: Brand): ShareCardContent {
  return { eyebrow: 'Aktuelles', title: a.title, meta: formatDate(a.date), brand };
}

export function eventCard(e: { title: string; date: string; venue: { city: string } }, brand: Brand): ShareCardContent {
  return { eyebrow: 'Termin', title: e.title, meta: `${formatDate(e.date)} · ${e.venue.city}`, brand };
}

export function campaignCard(
  c: { title: string; topic: string; start?: string | undefined },
  townNames: string[],
  brand: Brand,
): ShareCardContent {
  const where = townNames.join(', ');
  const meta = [c.topic, where, c.start ? `seit ${formatPartialDate(c.start)}` : undefined].filter(Boolean).join(' · ');
  return { eyebrow: 'Kampagne', title: c.title, meta, brand };
}

export function townCard(t: { name: string; kind: string; districtLabels: string[] }, brand: Brand): ShareCardContent {
  return { eyebrow: townKindLabel(t.kind), title: t.name, meta: t.districtLabels.join(', ') || undefined, brand };
}
