/**
 * Pagefind's browser API (pagefind.js, 1.x): the part this site uses, and loading it from the site's base
 * path. The bundle is created by the build (`pagefind --site …`); it does not exist in `astro dev`.
 */
import type { pagefindFilters, pagefindSort } from '../../lib/search/query.ts';

export interface ResultData {
  url: string;
  /** HTML: page text with entities encoded and matches in <mark>; see src/lib/search/excerpt.ts. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface Result {
  id: string;
  data(): Promise<ResultData>;
}

/** Number of results per filter value. */
export type Counts = Record<string, Record<string, number>>;

export interface Search {
  results: Result[];
  unfilteredResultCount: number;
  filters: Counts;
}

export interface SearchOptions {
  filters?: ReturnType<typeof pagefindFilters>;
  sort?: ReturnType<typeof pagefindSort>;
}

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  /** Loads the wasm module and the page list (otherwise done by the first search). */
  init(): Promise<void>;
  search(q: string, o?: SearchOptions): Promise<Search>;
  /** Loads every filter's index and returns all values with their page counts. */
  filters(): Promise<Counts>;
}

export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let loading: Promise<Pagefind> | undefined;

/** Imports Pagefind once, on first use (typing or a query in the address). */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    // noWorker: search on the page's own thread. Pagefind's web worker is one more script (11 KB) on the
    // first query, and a search over this site takes milliseconds.
    await pf.options({ baseUrl: BASE, excerptLength: 24, noWorker: true });
    return pf;
  });
  return loading;
}
