/**
 * Where each entry lives on the site (without the base path; wrap in href() from src/lib/url.ts for links).
 * The collections' addresses come from their descriptions (`site.segment`); the fixed pages are named here.
 * One home for these, so pages, cards, feeds and open data agree.
 */
import { collectionDescriptions, type CollectionDescriptions } from './registry.ts';

/** The collections that have pages of their own. */
export type PublishedCollection = {
  [K in keyof CollectionDescriptions]: CollectionDescriptions[K]['site'] extends { segment: string } ? K : never;
}[keyof CollectionDescriptions];

const segmentOf = (c: PublishedCollection): string => collectionDescriptions[c].site.segment;

/** The list page of a collection ("/termine/"); the start page for collections at the root. */
export function listPath(c: PublishedCollection): string {
  const segment = segmentOf(c);
  return segment ? `/${segment}/` : '/';
}

/** The page of one entry ("/termine/<id>/", "/<id>/" for the pages collection). */
export function entryPath(c: PublishedCollection, id: string): string {
  return `${listPath(c)}${id}/`;
}

export const paths = {
  towns: listPath('towns'),
  town: (id: string) => entryPath('towns', id),
  people: listPath('people'),
  person: (id: string) => entryPath('people', id),
  campaigns: listPath('campaigns'),
  campaign: (id: string) => entryPath('campaigns', id),
  agreements: listPath('agreements'),
  agreement: (id: string) => entryPath('agreements', id),
  events: listPath('events'),
  event: (id: string) => entryPath('events', id),
  eventIcs: (id: string) => `${listPath('events')}${id}.ics`,
  calendar: `${listPath('events')}kalender.ics`,
  home: '/',
  news: listPath('articles'),
  article: (id: string) => entryPath('articles', id),
  newsYear: (year: number) => `${listPath('articles')}${year}/`,
  newsTopic: (topic: string) => `${listPath('articles')}thema/${topic}/`,
  newsFeed: `${listPath('articles')}feed.xml`,
  /** A fixed page of the pages collection: its file name is its address ("impressum" → /impressum/). */
  page: (id: string) => entryPath('pages', id),
  search: '/suche/',
  map: '/karte/',
  stats: '/zahlen/',
  openData: '/daten/',
} as const;
