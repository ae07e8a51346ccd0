/**
 * Internal links that respect the deployment's base path (BASE_PATH → Astro's `base`), so the site
 * also works under a sub-path such as https://example.org/asskomm/. Every internal link goes through href().
 *
 * The base comes from Astro's configuration (astro:config/client), not from import.meta.env.BASE_URL:
 * an environment variable BASE_URL (common in CI systems) silently overrides the latter during a build.
 */
import { base } from 'astro:config/client';

/** Addresses that are not paths of this site: other sites, e-mail, phone, in-page anchors. */
const NOT_A_PATH = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/** "/asskomm/" or "/asskomm" or "/" → "/asskomm" or "" (no trailing slash). */
function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

/** Prefixes a site path ("/kommunen/") with `base`; other addresses are returned unchanged. */
export function withBase(base: string, path: string): string {
  if (NOT_A_PATH.test(path)) return path;
  const p = path.startsWith('/') ? path : `/${path}`;
  return trimBase(base) + p;
}

/** The site path of a pathname that includes the base: "/asskomm/kommunen/" → "/kommunen/". */
export function withoutBase(base: string, pathname: string): string {
  const b = trimBase(base);
  if (b && (pathname === b || pathname.startsWith(`${b}/`))) return pathname.slice(b.length) || '/';
  return pathname;
}

/** A link to a page of this site: href('/kommunen/') → '/kommunen/' or '/asskomm/kommunen/'. */
export function href(path: string): string {
  return withBase(base, path);
}

/** The site path of the current page (Astro.url.pathname without the base), for comparisons. */
export function sitePath(pathname: string): string {
  return withoutBase(base, pathname);
}
