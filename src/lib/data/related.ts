/**
 * Reverse links, computed rather than stored twice: the articles that mention an entry, the events of a
 * campaign, the campaigns of a town.
 */
import type { Article, Campaign, Event, Store } from './entries.ts';

type ArticleRefKey = 'towns' | 'people' | 'agreements' | 'campaigns' | 'events';

/** Published articles that reference `id` in the given field, newest first. */
export function articlesMentioning(s: Store, field: ArticleRefKey, id: string): Article[] {
  return s.articles
    .filter((a) => a.data[field].some((r) => r.id === id))
    .sort((a, b) => b.data.date.localeCompare(a.data.date));
}

export function eventsOfCampaign(s: Store, campaignId: string): Event[] {
  return s.events.filter((e) => e.data.campaign?.id === campaignId).sort((a, b) => a.data.date.localeCompare(b.data.date));
}

/** Events held in a town or one of the given town ids (a town and its groups). */
export function eventsOfTowns(s: Store, townIds: string[]): Event[] {
  return s.events
    .filter((e) => e.data.town && townIds.includes(e.data.town.id))
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
}

export function campaignsOfTowns(s: Store, townIds: string[]): Campaign[] {
  return s.campaigns.filter((c) => c.data.towns.some((t) => townIds.includes(t.id)));
}
