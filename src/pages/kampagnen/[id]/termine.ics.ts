/** /kampagnen/<id>/termine.ics: the events of one campaign, to subscribe to in a calendar app. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStore, type CampaignEntry } from '../../../model/store.ts';
import { campaignSubscription, subscriptionCalendar } from '../../../model/feeds/subscriptions.ts';

export const getStaticPaths = (async () => {
  const s = await loadStore();
  return s.campaigns.map((campaign) => ({ params: { id: campaign.id }, props: { campaign } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: CampaignEntry }> = async ({ props, site }) =>
  subscriptionCalendar(campaignSubscription(await loadStore(), props.campaign), site, props.campaign.id);
