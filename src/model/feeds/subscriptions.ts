/**
 * Subscriptions per town and per campaign: a calendar (ICS) of its events and a news feed (RSS) of its
 * articles, so parents and schools can follow one place or one campaign without visiting the site.
 */
import rss from '@astrojs/rss';
import { href } from '../../lib/url.ts';
import { feedItems } from '../articles/feed.ts';
import { paths } from '../paths.ts';
import { campaignProfile } from '../campaigns/profile.ts';
import type { ArticleEntry, CampaignEntry, EventEntry, Store, TownEntry } from '../store.ts';
import { townProfile } from '../towns/profile.ts';
import { viewTown } from '../towns/views.ts';
import { calendarResponse, siteCalendar } from '../events/calendar-files.ts';

/** What one subscription covers: its name, its page and what it lists. */
export interface Subscription {
  name: string;
  page: string;
  events: EventEntry[];
  articles: ArticleEntry[];
}

export function townSubscription(s: Store, town: TownEntry): Subscription {
  const p = townProfile(s, viewTown(s, town));
  return { name: p.view.name, page: paths.town(p.view.id), events: p.events, articles: p.articles };
}

export function campaignSubscription(s: Store, campaign: CampaignEntry): Subscription {
  const p = campaignProfile(s, campaign);
  return { name: campaign.data.title, page: paths.campaign(campaign.id), events: p.events, articles: p.articles };
}

/** File names of the two feeds, relative to the town's or campaign's page. */
export const FEED_FILES = { calendar: 'termine.ics', news: 'meldungen.xml' } as const;

export const feedPaths = (page: string) => ({
  calendar: `${page}${FEED_FILES.calendar}`,
  news: `${page}${FEED_FILES.news}`,
});

export function subscriptionCalendar(sub: Subscription, site: URL | undefined, fileId: string): Response {
  return calendarResponse(siteCalendar(sub.events, site, `ASSKomm-Termine: ${sub.name}`), `asskomm-${fileId}.ics`);
}

export function subscriptionNews(sub: Subscription, site: URL | undefined): Promise<Response> {
  if (!site) throw new Error('Für die RSS-Feeds braucht astro.config.mjs eine Adresse der Website (SITE_URL).');
  const absolute = (path: string) => new URL(href(path), site).href;
  return rss({
    title: `ASSKomm – Meldungen: ${sub.name}`,
    description: `Meldungen der Allianz Sichere Sächsische Kommunen (ASSKomm) zu ${sub.name}.`,
    site: absolute(sub.page),
    items: feedItems(sub.articles, (id) => absolute(paths.article(id))),
    customData: '<language>de-de</language>',
    trailingSlash: true,
  });
}
