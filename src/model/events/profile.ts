/** Everything an event's page shows besides the entry: its campaign, town, organiser and the articles about it. */
import { articlesMentioning } from '../related.ts';
import type { EventEntry, Store } from '../store.ts';

export function eventProfile(s: Store, event: EventEntry) {
  const d = event.data;
  return {
    event,
    campaign: d.campaign ? s.index.campaigns.get(d.campaign.id) : undefined,
    town: d.town ? s.index.towns.get(d.town.id) : undefined,
    organiser: d.organiser ? s.index.organisations.get(d.organiser.id) : undefined,
    articles: articlesMentioning(s, 'events', event.id),
  };
}
