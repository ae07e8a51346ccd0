/** Sorting what a page fetched into HTML, CSS, JavaScript and the rest (fonts, images), in brotli bytes. */

export interface Fetched {
  /** Path as requested, "/karte/", "/_astro/index.abc.css". */
  path: string;
  brotli: number;
}

export interface Weight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

export function kindOf(urlPath: string): keyof Omit<Weight, 'total'> {
  const clean = urlPath.split(/[?#]/)[0]!.toLowerCase();
  if (clean.endsWith('/') || clean.endsWith('.html')) return 'html';
  if (clean.endsWith('.css')) return 'css';
  if (clean.endsWith('.js') || clean.endsWith('.mjs')) return 'js';
  return 'other';
}

export function weigh(resources: readonly Fetched[]): Weight {
  const weight: Weight = { html: 0, css: 0, js: 0, other: 0, total: 0 };
  for (const resource of resources) {
    weight[kindOf(resource.path)] += resource.brotli;
    weight.total += resource.brotli;
  }
  return weight;
}

/** First-visit budget of an article: HTML and CSS within the first round trip (about 14 KB after TCP slow start). */
export const ARTICLE_BUDGET = 14 * 1024;
