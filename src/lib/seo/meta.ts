/** Titles and absolute addresses for the page head (canonical URL, Open Graph). */
import { href } from '../url.ts';

/** "Aktuelles – ASSKomm"; the start page is named in full: "Allianz Sichere Sächsische Kommunen (ASSKomm)". */
export function documentTitle(title: string, site: { siteName: string; shortName: string }, isHome = false): string {
  if (isHome) return `${site.siteName} (${site.shortName})`;
  return `${title} – ${site.shortName}`;
}

/**
 * The absolute address of a page or file. `path` is what the page links to (base included), `site` the
 * public origin from astro.config (SITE_URL). Without a configured site there is no absolute address.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  if (!site) return undefined;
  return new URL(path, site).href;
}

/**
 * The address of a site path (without base) for use away from the site: in a data set, a calendar file, a
 * QR code. Absolute when the site has an address, else the link with the base path.
 */
export function publicUrl(path: string, site: URL | undefined): string {
  const link = href(path);
  return absoluteUrl(link, site) ?? link;
}

/** Description for meta tags: one line, at most `max` characters, cut at a word with an ellipsis. */
export function metaDescription(text: string, max = 160): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max * 0.6)));
  return `${atWord.replace(/[\s,;:.–-]+$/, '')}…`;
}
