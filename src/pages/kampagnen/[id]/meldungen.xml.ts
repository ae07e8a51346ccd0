/** /kampagnen/<id>/meldungen.xml: the articles about one campaign as an RSS 2.0 feed, newest first. */
import type { APIRoute } from 'astro';
import { entryPages, loadStore, type EntryProps } from '../../../model/store.ts';
import { campaignSubscription, subscriptionNews } from '../../../model/feeds/subscriptions.ts';

export const getStaticPaths = entryPages('campaigns');

export const GET: APIRoute<EntryProps<'campaigns'>> = async ({ props, site }) =>
  subscriptionNews(campaignSubscription(await loadStore(), props.entry), site);
