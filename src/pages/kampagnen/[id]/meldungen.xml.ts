/** /kampagnen/<id>/meldungen.xml: the articles about one campaign as an RSS 2.0 feed, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStore, type CampaignEntry } from '../../../model/store.ts';
import { campaignSubscription, subscriptionNews } from '../../../model/feeds/subscriptions.ts';

export const getStaticPaths = (async () => {
  const s = await loadStore();
  return s.campaigns.map((campaign) => ({ params: { id: campaign.id }, props: { campaign } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: CampaignEntry }> = async ({ props, site }) =>
  subscriptionNews(campaignSubscription(await loadStore(), props.campaign), site);
