/** Everything a campaign's page shows: its towns, partners, events and the articles about it. */
import { articlesMentioning, eventsOfCampaign } from '../related.ts';
import { resolveAll, type CampaignEntry, type Store } from '../store.ts';
import { viewTown } from '../towns/views.ts';

export function campaignProfile(s: Store, campaign: CampaignEntry) {
  return {
    campaign,
    towns: resolveAll(s, campaign.data.towns).map((t) => viewTown(s, t)),
    partners: resolveAll(s, campaign.data.partners),
    events: eventsOfCampaign(s, campaign.id),
    articles: articlesMentioning(s, 'campaigns', campaign.id),
  };
}
