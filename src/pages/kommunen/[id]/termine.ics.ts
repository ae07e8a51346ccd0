/** /kommunen/<id>/termine.ics: the events of one town (and its groups), to subscribe to in a calendar app. */
import type { APIRoute } from 'astro';
import { entryPages, loadStore, type EntryProps } from '../../../model/store.ts';
import { subscriptionCalendar, townSubscription } from '../../../model/feeds/subscriptions.ts';

export const getStaticPaths = entryPages('towns');

export const GET: APIRoute<EntryProps<'towns'>> = async ({ props, site }) =>
  subscriptionCalendar(townSubscription(await loadStore(), props.entry), site, props.entry.id);
