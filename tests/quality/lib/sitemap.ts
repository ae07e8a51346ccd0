/** The pages a sitemap lists, as paths on the site we serve (whatever SITE_URL and BASE_PATH the build used). */

/** The <loc> values of a sitemap or sitemap index, entity references decoded. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) =>
    match[1]!.replaceAll('&amp;', '&').replaceAll('&apos;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>'),
  );
}

/** "https://asskomm.example/asskomm/kommunen/pirna/" with base "/asskomm/" → "/kommunen/pirna/" (null for other hosts). */
export function toSitePath(location: string, site: string, base = '/'): string | null {
  const url = new URL(location);
  const origin = new URL(site).origin;
  if (url.origin !== origin) return null;
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const decoded = decodeURI(url.pathname);
  if (prefix && decoded !== prefix && !decoded.startsWith(`${prefix}/`)) return null;
  return decoded.slice(prefix.length) || '/';
}
