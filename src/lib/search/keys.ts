/**
 * The names Pagefind's filters and sort key have on the content pages, in the page's address and in the
 * page script. (Kept apart from meta.ts, which formats dates at build time, so the browser bundle stays small.)
 */
export const FILTER_KEYS = ['typ', 'jahr', 'landkreis'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The sort key: an ISO date; partial dates ("2023-08", "2023") sort correctly as text. */
export const SORT_KEY = 'datum';
