/** /kommunen/<id>/meldungen.xml: the articles about one town as an RSS 2.0 feed, newest first. */
import type { APIRoute } from 'astro';
import { entryPages, loadStore, type EntryProps } from '../../../model/store.ts';
import { subscriptionNews, townSubscription } from '../../../model/feeds/subscriptions.ts';

export const getStaticPaths = entryPages('towns');

export const GET: APIRoute<EntryProps<'towns'>> = async ({ props, site }) =>
  subscriptionNews(townSubscription(await loadStore(), props.entry), site);
