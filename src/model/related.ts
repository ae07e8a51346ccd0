/**
 * Reverse links, computed rather than stored twice: the articles that mention an entry, the events of a
 * campaign, the campaigns of a town.
 */
import type { ArticleEntry, CampaignEntry, EventEntry, Store } from './store.ts';

type ArticleRefKey = 'towns' | 'people' | 'agreements' | 'campaigns' | 'events';

const ARTICLE_REF_KEYS: readonly ArticleRefKey[] = ['towns', 'people', 'agreements', 'campaigns', 'events'];
type Mentions = Record<ArticleRefKey, Map<string, ArticleEntry[]>>;
const mentionsByStore = new WeakMap<Store, Mentions>();

/** Who mentions whom, built in one pass over the articles (newest first) instead of a pass per page. */
function mentionsOf(s: Store): Mentions {
  let mentions = mentionsByStore.get(s);
  if (!mentions) {
    mentions = Object.fromEntries(ARTICLE_REF_KEYS.map((k) => [k, new Map<string, ArticleEntry[]>()])) as Mentions;
    const newest = [...s.articles].sort((a, b) => b.data.date.localeCompare(a.data.date));
    for (const a of newest) {
      for (const key of ARTICLE_REF_KEYS) {
        for (const ref of new Set(a.data[key].map((r) => r.id))) {
          const list = mentions[key].get(ref);
          if (list) list.push(a);
          else mentions[key].set(ref, [a]);
        }
      }
    }
    mentionsByStore.set(s, mentions);
  }
  return mentions;
}

/** Published articles that reference `id` in the given field, newest first. */
export function articlesMentioning(s: Store, field: ArticleRefKey, id: string): ArticleEntry[] {
  return [...(mentionsOf(s)[field].get(id) ?? [])];
}

export function eventsOfCampaign(s: Store, campaignId: string): EventEntry[] {
  return s.events.filter((e) => e.data.campaign?.id === campaignId).sort((a, b) => a.data.date.localeCompare(b.data.date));
}

/** Events held in a town or one of the given town ids (a town and its groups). */
export function eventsOfTowns(s: Store, townIds: string[]): EventEntry[] {
  return s.events
    .filter((e) => e.data.town && townIds.includes(e.data.town.id))
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
}

export function campaignsOfTowns(s: Store, townIds: string[]): CampaignEntry[] {
  return s.campaigns.filter((c) => c.data.towns.some((t) => townIds.includes(t.id)));
}
