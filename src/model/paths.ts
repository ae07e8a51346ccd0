/**
 * Where each entry lives on the site (without the base path; wrap in href() from src/lib/url.ts for links).
 * One home for these, so pages, cards, feeds and open data agree.
 */
export const paths = {
  towns: '/kommunen/',
  town: (id: string) => `/kommunen/${id}/`,
  people: '/personen/',
  person: (id: string) => `/personen/${id}/`,
  campaigns: '/kampagnen/',
  campaign: (id: string) => `/kampagnen/${id}/`,
  agreements: '/vereinbarungen/',
  agreement: (id: string) => `/vereinbarungen/${id}/`,
  events: '/termine/',
  event: (id: string) => `/termine/${id}/`,
  eventIcs: (id: string) => `/termine/${id}.ics`,
  calendar: '/termine/kalender.ics',
  home: '/',
  news: '/aktuelles/',
  article: (id: string) => `/aktuelles/${id}/`,
  newsYear: (year: number) => `/aktuelles/${year}/`,
  newsTopic: (topic: string) => `/aktuelles/thema/${topic}/`,
  newsFeed: '/aktuelles/feed.xml',
  /** A fixed page of the pages collection: its file name is its address ("impressum" → /impressum/). */
  page: (id: string) => `/${id}/`,
  search: '/suche/',
  map: '/karte/',
  stats: '/zahlen/',
  openData: '/daten/',
} as const;
