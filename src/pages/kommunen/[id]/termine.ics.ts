/** /kommunen/<id>/termine.ics: the events of one town (and its groups), to subscribe to in a calendar app. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStore, type TownEntry } from '../../../model/store.ts';
import { subscriptionCalendar, townSubscription } from '../../../model/feeds/subscriptions.ts';

export const getStaticPaths = (async () => {
  const s = await loadStore();
  return s.towns.map((town) => ({ params: { id: town.id }, props: { town } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ town: TownEntry }> = async ({ props, site }) =>
  subscriptionCalendar(townSubscription(await loadStore(), props.town), site, props.town.id);
