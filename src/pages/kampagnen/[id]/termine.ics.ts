/** /kampagnen/<id>/termine.ics: the events of one campaign, to subscribe to in a calendar app. */
import type { APIRoute } from 'astro';
import { entryPages, loadStore, type EntryProps } from '../../../model/store.ts';
import { campaignSubscription, subscriptionCalendar } from '../../../model/feeds/subscriptions.ts';

export const getStaticPaths = entryPages('campaigns');

export const GET: APIRoute<EntryProps<'campaigns'>> = async ({ props, site }) =>
  subscriptionCalendar(campaignSubscription(await loadStore(), props.entry), site, props.entry.id);
