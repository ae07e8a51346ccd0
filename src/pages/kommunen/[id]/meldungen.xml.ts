/** /kommunen/<id>/meldungen.xml: the articles about one town as an RSS 2.0 feed, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStore, type TownEntry } from '../../../model/store.ts';
import { subscriptionNews, townSubscription } from '../../../model/feeds/subscriptions.ts';

export const getStaticPaths = (async () => {
  const s = await loadStore();
  return s.towns.map((town) => ({ params: { id: town.id }, props: { town } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ town: TownEntry }> = async ({ props, site }) =>
  subscriptionNews(townSubscription(await loadStore(), props.town), site);
