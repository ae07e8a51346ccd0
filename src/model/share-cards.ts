/**
 * Which pages get a share card and where the card lives; what each card says is decided by its content type
 * (src/model/<type>/share-card.ts), and share-cards-collect.ts gathers them all for the /og/ route.
 *
 * In a page:  <BaseLayout … ogImage={shareCardUrl('articles', entry.id)}>
 */
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
