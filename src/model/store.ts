/**
 * Typed access to every collection, loaded once per build. Pages and components ask here (or in the
 * topic modules beside this file) instead of calling getCollection themselves.
 */
import type { GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from './articles/publication.ts';
import { buildDay } from './build-day.ts';
import { settings } from './settings/schema.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TownEntry = CollectionEntry<'towns'>;
export type PersonEntry = CollectionEntry<'people'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;
export type AgreementEntry = CollectionEntry<'agreements'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;
export type EventEntry = CollectionEntry<'events'>;
export type PageEntry = CollectionEntry<'pages'>;
export type SettingsEntry = CollectionEntry<'settings'>;
/** Where a fact comes from, as every collection with sources records it (`source` in common.ts). */
export type Source = ArticleEntry['data']['sources'][number];

export interface Ref<C extends string> {
  collection: C;
  id: string;
}

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  return new Map(list.map((e) => [e.id, e]));
}

async function load() {
  const day = buildDay();
  const [articles, towns, people, organisations, agreements, campaigns, events, pages, settings] = await Promise.all([
    getCollection('articles', (a) => isPublished(a.data, day)),
    getCollection('towns'),
    getCollection('people'),
    getCollection('organisations'),
    getCollection('agreements'),
    getCollection('campaigns'),
    getCollection('events'),
    getCollection('pages'),
    getCollection('settings'),
  ]);
  return {
    articles,
    towns,
    people,
    organisations,
    agreements,
    campaigns,
    events,
    pages,
    settings,
    index: {
      articles: byId(articles),
      towns: byId(towns),
      people: byId(people),
      organisations: byId(organisations),
      agreements: byId(agreements),
      campaigns: byId(campaigns),
      events: byId(events),
      pages: byId(pages),
    },
  };
}

export type Store = Awaited<ReturnType<typeof load>>;
let store: Promise<Store> | undefined;

/** All published content, loaded once. Drafts and articles dated after the build day are left out (articles/publication.ts). */
export function loadStore(): Promise<Store> {
  store ??= load();
  return store;
}

type Indexed = Store['index'];

/** Resolves a reference; the content check has already made sure it exists. */
export function resolve<C extends keyof Indexed>(s: Store, ref: Ref<C>): NonNullable<ReturnType<Indexed[C]['get']>> {
  const entry = s.index[ref.collection].get(ref.id);
  if (!entry) throw new Error(`Verweis auf ${ref.collection}/${ref.id} ohne Eintrag`);
  return entry as NonNullable<ReturnType<Indexed[C]['get']>>;
}

export function resolveAll<C extends keyof Indexed>(s: Store, refs: Ref<C>[]): NonNullable<ReturnType<Indexed[C]['get']>>[] {
  return refs.map((r) => resolve(s, r));
}

export async function getSettings(): Promise<SettingsEntry['data']> {
  const s = await loadStore();
  const id = settings.singleton?.id;
  const site = s.settings.find((x) => x.id === id);
  if (!site) throw new Error(`${settings.folder}/${id}.${settings.format} fehlt`);
  return site.data;
}

type Lists = Omit<Store, 'index'>;
/** A collection whose entries each have pages and files of their own. */
export type EntryCollection = Exclude<keyof Lists, 'settings'>;
/** What a page of one entry is given: the entry itself. */
export type EntryProps<N extends EntryCollection> = { entry: Lists[N][number] };

/**
 * `getStaticPaths` of everything made once per entry (its page at /<segment>/<id>/, its ICS file, its
 * feeds): one route per entry, the entry as the prop `entry`.
 */
export function entryPages<N extends EntryCollection>(name: N) {
  return (async () => {
    const s = await loadStore();
    return (s[name] as Lists[N][number][]).map((entry) => ({ params: { id: entry.id }, props: { entry } as EntryProps<N> }));
  }) satisfies GetStaticPaths;
}

/**
 * What the page of one entry works from: the store and the entry's profile, everything the store knows
 * about the entry (campaignProfile, eventProfile …).
 */
export async function loadProfile<E, P>(entry: E, profile: (s: Store, entry: E) => P): Promise<{ s: Store; p: P }> {
  const s = await loadStore();
  return { s, p: profile(s, entry) };
}
