/**
 * The site's security headers, in one place: which area a page belongs to, the Content-Security-Policy of
 * each area, the headers every response gets, and the `_headers` rules built from them.
 *
 * Areas:
 * - public: every page without JavaScript of its own. Scripts and styles only from our origin, plus the
 *   exact inline bodies the build emitted (by hash).
 * - search: /suche/ and Pagefind's files (its worker gets the policy of its own response). Pagefind compiles
 *   WebAssembly, which needs 'wasm-unsafe-eval' (and nothing else: no 'unsafe-eval').
 * - admin: Decap CMS. It compiles its config schema with `new Function` (ajv) → 'unsafe-eval'; its
 *   CSS-in-JS (emotion) inserts <style> elements at run time → style-src 'unsafe-inline'; it talks to the
 *   Git host's API (origins from the CMS backend setting: admin-sources.ts) and shows uploads as blob: and
 *   data: images and the user's avatar.
 */
import type { Directives } from './csp.ts';
import { serializeCsp } from './csp.ts';
import type { HeaderRule } from './headers-file.ts';

export type Area = 'public' | 'search' | 'admin';

/** Top-level folders of the build output and the area they belong to; all others are public. */
export const AREA_SECTIONS: Readonly<Record<string, Area>> = {
  suche: 'search',
  pagefind: 'search',
  admin: 'admin',
};

/** Sections that exist in every build although the output folder does not show them yet at `astro:build:done`. */
export const ALWAYS_PRESENT_SECTIONS = ['pagefind'] as const;

/**
 * Section of a built file: its top-level folder ("kommunen/pirna/index.html" → "kommunen"), or "" for a
 * file directly in the output folder. Each section gets one `_headers` rule.
 */
export function sectionOf(relativePath: string): string {
  const parts = relativePath.replace(/^\/+/, '').split('/');
  return parts.length > 1 ? parts[0]! : '';
}

/** Area of a built file, from its path relative to the output folder ("suche/index.html" → search). */
export function areaOf(relativePath: string): Area {
  return AREA_SECTIONS[sectionOf(relativePath)] ?? 'public';
}

export interface InlineHashes {
  /** Hash sources ('sha256-…') of inline scripts. */
  scripts: readonly string[];
  /** Hash sources of inline <style> elements. */
  styles: readonly string[];
}

export const NO_HASHES: InlineHashes = { scripts: [], styles: [] };

export interface AdminOptions {
  /** Origins the CMS fetches from besides our own: the Git host's API (and its OAuth/avatars hosts). */
  connectSrc: readonly string[];
  imgSrc: readonly string[];
}

/** The GitHub backend: REST and GraphQL API, and the avatar shown in the CMS header. */
export const GITHUB_ADMIN: AdminOptions = {
  connectSrc: ['https://api.github.com'],
  imgSrc: ['https://avatars.githubusercontent.com'],
};

const sorted = (values: readonly string[]) => [...new Set(values)].sort();

export function contentSecurityPolicy(area: Area, hashes: InlineHashes = NO_HASHES, admin: AdminOptions = GITHUB_ADMIN): Directives {
  const shared = {
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'upgrade-insecure-requests': [],
  };
  if (area === 'admin') {
    return {
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-eval'", ...sorted(hashes.scripts)],
      // A hash in style-src would switch 'unsafe-inline' off, so none are listed here.
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:', ...admin.imgSrc],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", ...admin.connectSrc],
      ...shared,
    };
  }
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(area === 'search' ? ["'wasm-unsafe-eval'"] : []), ...sorted(hashes.scripts)],
    'style-src': ["'self'", ...sorted(hashes.styles)],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    ...shared,
  };
}

/** Directives a browser ignores (and warns about) when the policy comes in a <meta> element. */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * The policy as a `<meta http-equiv="Content-Security-Policy">` value, for hosts that cannot send headers
 * (GitHub Pages). Without frame-ancestors: framing cannot be forbidden from inside the page.
 */
export function metaContentSecurityPolicy(area: Area, hashes: InlineHashes, admin: AdminOptions = GITHUB_ADMIN): string {
  const directives = Object.entries(contentSecurityPolicy(area, hashes, admin)).filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name));
  return serializeCsp(Object.fromEntries(directives));
}

/**
 * Headers every response gets (the `/*` rule). Nothing here may appear in an area's own headers.
 * Permissions-Policy switches off every powerful feature the site never uses; Chromium warns in the console
 * about names it does not know, and the browser test fails on that warning, so the list stays current.
 */
export const COMMON_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    [
      'accelerometer=()',
      'autoplay=()',
      'browsing-topics=()',
      'camera=()',
      'display-capture=()',
      'encrypted-media=()',
      'geolocation=()',
      'gyroscope=()',
      'interest-cohort=()',
      'magnetometer=()',
      'microphone=()',
      'midi=()',
      'payment=()',
      'publickey-credentials-get=()',
      'screen-wake-lock=()',
      'serial=()',
      'usb=()',
      'xr-spatial-tracking=()',
    ].join(', '),
  ],
  ['X-Frame-Options', 'DENY'],
  // Every subdomain too: nothing of the site may ever be fetched over plain HTTP.
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  // No other site may embed our files (pages, images, the search index) as a resource of its own.
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/** Headers of one area besides the common ones. */
export function areaHeaders(area: Area, hashes: InlineHashes, admin: AdminOptions = GITHUB_ADMIN): [string, string][] {
  const headers: [string, string][] = [
    ['Content-Security-Policy', serializeCsp(contentSecurityPolicy(area, hashes, admin))],
    // The CMS signs in through a popup on the Git host that reports back to window.opener.
    ['Cross-Origin-Opener-Policy', area === 'admin' ? 'same-origin-allow-popups' : 'same-origin'],
  ];
  if (area === 'admin') headers.push(['X-Robots-Tag', 'noindex, nofollow']);
  return headers;
}

export interface BuildLayout {
  /** Base path of the deployment, "/" or "/asskomm/". */
  base: string;
  /** Names of the top-level folders in the output. */
  sections: readonly string[];
  /**
   * Files directly in the output folder: pages ("index.html", "404.html") and the others (favicon.svg,
   * site.webmanifest, robots.txt …). Each gets its own rule with the public headers, CSP included.
   */
  rootPages: readonly string[];
}

/** Key of the 404 page's own hashes in the `hashes` given to headerRules (they join every rule). */
export const NOT_FOUND_PAGE = '404.html';

/** Folders whose file names carry a content hash: cached for a year. */
const IMMUTABLE_SECTIONS = new Set(['_astro']);

/**
 * The `_headers` rules: one `/*` rule with the common headers, then one rule per root page and per
 * top-level folder with its area's headers, listing the hashes of the inline code found in that section
 * only (`hashes` by section, "" for the root pages), plus those of the 404 page (key "404.html"), which a
 * host serves for a missing address in any folder. No two rules that match one path set the same header,
 * so Netlify and Cloudflare Pages serve the same thing. A path outside every folder and root file — a 404
 * for "/unbekannt/" — gets the common headers from `_headers`; its CSP is the one the 404 page always carries
 * as <meta> (security-headers.ts), and nginx gives it the 404 page's headers (nginx.ts).
 */
export function headerRules(layout: BuildLayout, hashes: Readonly<Record<string, InlineHashes>>, admin: AdminOptions = GITHUB_ADMIN): HeaderRule[] {
  const base = `/${layout.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  // A host answers a missing address in any folder with the 404 page, under that folder's rule.
  const notFound = hashes[NOT_FOUND_PAGE] ?? NO_HASHES;
  const withNotFound = (own: InlineHashes = NO_HASHES): InlineHashes => ({
    scripts: [...new Set([...own.scripts, ...notFound.scripts])],
    styles: [...new Set([...own.styles, ...notFound.styles])],
  });
  const rules: HeaderRule[] = [{ path: `${base}*`, headers: COMMON_HEADERS }];
  for (const page of [...layout.rootPages].sort()) {
    const headers = areaHeaders('public', withNotFound(hashes['']), admin);
    if (page === 'index.html') rules.push({ path: base, headers });
    rules.push({ path: `${base}${page}`, headers });
  }
  for (const section of [...new Set(layout.sections)].sort()) {
    const area = AREA_SECTIONS[section] ?? 'public';
    const headers = areaHeaders(area, withNotFound(hashes[section]), admin);
    if (IMMUTABLE_SECTIONS.has(section)) headers.push(['Cache-Control', 'public, max-age=31536000, immutable']);
    rules.push({ path: `${base}${section}/*`, headers });
  }
  return rules;
}
