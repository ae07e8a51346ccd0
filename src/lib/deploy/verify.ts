/**
 * Checks a deployed site against what the build says it must send: status, content type and each security
 * header (from the build's `_headers`), or, where the host cannot send headers (GitHub Pages), the CSP in each
 * page's `<meta http-equiv="Content-Security-Policy">`. Pure logic; the network part is `verifyDeployment`,
 * which takes `fetch` as a parameter. Used by scripts/verify-deploy.ts (`npm run verify:deploy -- <address>`).
 */
import { parseCsp } from '../security/csp.ts';
import { headersForPath, type HeaderRule } from '../security/headers-file.ts';
import { parseAttributes } from '../security/inline.ts';
import { checkPageInlineCode } from '../security/own-inline.ts';
import { areaOf, metaContentSecurityPolicy, type AdminOptions } from '../security/policy.ts';

/** A path no page has: the host must answer it with the 404 page and status 404. */
export const MISSING_PAGE = 'diese-seite-gibt-es-nicht/';

/**
 * Addresses checked besides the sitemap, relative to the base path: the 404 page (at the top and inside a
 * folder, where a host applies that folder's headers), the feed, the calendar, the web manifest, a CSV
 * download, robots.txt, the search's entry files and the CMS.
 */
export const FIXED_PATHS: readonly string[] = [
  MISSING_PAGE,
  `kommunen/${MISSING_PAGE}`,
  'aktuelles/feed.xml',
  'termine/kalender.ics',
  'site.webmanifest',
  'favicon.svg',
  'daten/kommunen.csv',
  'robots.txt',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-worker.js',
  'admin/',
];

/**
 * The build's `_headers` file: Netlify and Cloudflare Pages read it and do not serve it, and the nginx
 * configuration hides it. (GitHub Pages serves every file of the artifact; there it is not checked.)
 */
export const HIDDEN_PATHS: readonly string[] = ['_headers'];

/** The fixed addresses of a mode, relative to the base path, with the status each must answer with. */
export function fixedTargets(mode: Mode): { relative: string; status: number }[] {
  return [
    ...FIXED_PATHS.map((relative) => ({ relative, status: relative.endsWith(MISSING_PAGE) ? 404 : 200 })),
    ...(mode === 'headers' ? HIDDEN_PATHS.map((relative) => ({ relative, status: 404 })) : []),
  ];
}

/** Pagefind's per-language files named in pagefind-entry.json (metadata and WebAssembly), relative to the base. */
export function pagefindPaths(entryJson: string): string[] {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { hash?: string; wasm?: string }> };
  const paths: string[] = [];
  for (const language of Object.values(entry.languages ?? {})) {
    if (language.hash) paths.push(`pagefind/pagefind.${language.hash}.pf_meta`);
    if (language.wasm) paths.push(`pagefind/wasm.${language.wasm}.pagefind`);
  }
  return paths;
}

/** The <loc> values of a sitemap or sitemap index, entity references decoded. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) =>
    m[1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&'),
  );
}

/** "/asskomm/" for "https://owner.github.io/asskomm/" (the address a site is checked at), "/" at a domain's root. */
export function basePathOf(address: string): string {
  const pathname = new URL(address).pathname;
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/**
 * Media types a path may go out with (lower case, without parameters), and whether it must say
 * `charset=utf-8` (pages and the calendar carry German text). Hosts differ in a few names (text/xml or
 * application/xml, the JavaScript types), so those accept each.
 */
interface ExpectedType {
  types: readonly string[];
  utf8: boolean;
}

const PAGE: ExpectedType = { types: ['text/html'], utf8: true };
const SCRIPT: ExpectedType = { types: ['text/javascript', 'application/javascript'], utf8: false };
/** Pagefind's index files (.pf_meta, .pagefind …): binary. */
const BINARY: ExpectedType = { types: ['application/octet-stream'], utf8: false };

/** By file extension; "" is a folder's page. */
const TYPES_BY_EXTENSION = new Map<string, ExpectedType>([
  ['', PAGE],
  ['html', PAGE],
  ['ics', { types: ['text/calendar'], utf8: true }],
  ['xml', { types: ['application/xml', 'text/xml', 'application/rss+xml'], utf8: false }],
  ['js', SCRIPT],
  ['mjs', SCRIPT],
  ['json', { types: ['application/json'], utf8: false }],
  ['css', { types: ['text/css'], utf8: false }],
  ['csv', { types: ['text/csv'], utf8: false }],
  ['webmanifest', { types: ['application/manifest+json'], utf8: false }],
  ['txt', { types: ['text/plain'], utf8: false }],
  ['svg', { types: ['image/svg+xml'], utf8: false }],
  ['png', { types: ['image/png'], utf8: false }],
  ['ico', { types: ['image/x-icon', 'image/vnd.microsoft.icon'], utf8: false }],
  ['wasm', { types: ['application/wasm'], utf8: false }],
]);

export function expectedContentType(urlPath: string): ExpectedType {
  const name = urlPath.split('/').at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return TYPES_BY_EXTENSION.get(extension) ?? BINARY;
}

/** Headers whose presence where `_headers` has none is a difference too (they change what a browser or a search engine does). */
const MUST_BE_ABSENT_UNLESS_EXPECTED = new Set(['content-security-policy', 'x-robots-tag']);

export type Mode = 'headers' | 'meta';

export interface Target {
  /** Path on the host, base path included ("/asskomm/kommunen/"). */
  path: string;
  /** Status the host must answer with. */
  status: number;
}

export interface Observed {
  status: number;
  /** Response headers, names lower case (several values joined with ", " as fetch does). */
  headers: Readonly<Record<string, string>>;
  /** The body of HTML responses (meta mode reads the CSP from it). */
  html?: string | undefined;
}

export interface Difference {
  path: string;
  /** What was compared: "Status", "Content-Type", a header name, "CSP (<meta>)". */
  check: string;
  expected: string;
  actual: string;
}

export interface CheckContext {
  mode: Mode;
  /** The build's `_headers` rules (headers mode). */
  rules: readonly HeaderRule[];
  /** Base path of the deployment ("/" or "/asskomm/"). */
  base: string;
  /** The CMS origins the build allowed on /admin/ (meta mode computes the admin policy with them). */
  admin?: AdminOptions | undefined;
}

const ABSENT = '(fehlt)';

/** A build without CMS_* variables: the CMS talks to no other origin. */
const NO_CMS: AdminOptions = { connectSrc: [], imgSrc: [] };

/** The directives two CSPs disagree on, each side as "name sources", for a readable table row. */
export function cspDifference(expected: string, actual: string): { expected: string; actual: string } {
  const a = parseCsp(expected);
  const b = parseCsp(actual);
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const show = (csp: Record<string, string[]>, name: string) => (name in csp ? [name, ...csp[name]!].join(' ') : `${name} ${ABSENT}`);
  const differing = names.filter((name) => show(a, name) !== show(b, name));
  return { expected: differing.map((n) => show(a, n)).join('; '), actual: differing.map((n) => show(b, n)).join('; ') };
}

function headerDifference(path: string, name: string, expected: string | undefined, actual: string | undefined): Difference | undefined {
  if (expected === actual) return undefined;
  if (expected === undefined && !MUST_BE_ABSENT_UNLESS_EXPECTED.has(name)) return undefined;
  if (name === 'content-security-policy' && expected !== undefined && actual !== undefined) {
    return { path, check: name, ...cspDifference(expected, actual) };
  }
  return { path, check: name, expected: expected ?? ABSENT, actual: actual ?? ABSENT };
}

/** The CSP values of every `<meta http-equiv="Content-Security-Policy">` in a page. */
export function metaCsps(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<meta\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') found.push(attributes.get('content') ?? '');
  }
  return found;
}

/** Path relative to the base ("/asskomm/suche/" → "suche/"), as the build's areas know it. */
function relativeToBase(urlPath: string, base: string): string {
  return urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath.replace(/^\/+/, '');
}

/**
 * Every difference between one response and what the build and the project's rules say.
 * A missing address may carry either the headers of its own path or those of the 404 page (nginx serves the
 * 404 page through an internal redirect, with that page's headers; Netlify and Cloudflare apply the path's).
 */
export function checkResponse(target: Target, observed: Observed, context: CheckContext): Difference[] {
  const differences: Difference[] = [];
  const { path } = target;
  if (observed.status !== target.status) {
    differences.push({ path, check: 'Status', expected: String(target.status), actual: String(observed.status) });
    // A redirect or an error page says nothing about the file's type and headers.
    return differences;
  }
  const type = expectedContentType(target.status === 404 ? '404.html' : path);
  const actualType = observed.headers['content-type'] ?? '';
  const [essence = '', ...parameters] = actualType.split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length).replaceAll('"', '');
  if (!type.types.includes(essence) || (type.utf8 && charset !== 'utf-8')) {
    differences.push({ path, check: 'Content-Type', expected: `${type.types.join(' oder ')}${type.utf8 ? '; charset=utf-8' : ''}`, actual: actualType || ABSENT });
  }

  if (context.mode === 'headers') {
    const names = new Set(context.rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase())));
    const compare = (expected: Record<string, string>) =>
      [...names].map((name) => headerDifference(path, name, expected[name], observed.headers[name])).filter((d): d is Difference => d !== undefined);
    let found = compare(headersForPath(context.rules, path));
    if (found.length > 0 && target.status === 404) {
      const asNotFoundPage = compare(headersForPath(context.rules, `${context.base}404.html`));
      if (asNotFoundPage.length === 0) found = [];
    }
    differences.push(...found);
    // Every response carries a CSP, whatever `_headers` says: as a header, or (a missing address outside every
    // folder, where no rule names one) as <meta> in the 404 page.
    const metaOf404 = target.status === 404 && observed.html !== undefined && metaCsps(observed.html).length > 0;
    if (!observed.headers['content-security-policy'] && !metaOf404 && !found.some((d) => d.check === 'content-security-policy')) {
      differences.push({ path, check: 'content-security-policy', expected: 'vorhanden', actual: ABSENT });
    }
  } else if (essence === 'text/html' && observed.html !== undefined) {
    // GitHub Pages: no headers; each page carries its policy, with the hashes of its own inline code.
    const relative = target.status === 404 ? '404.html' : relativeToBase(path, context.base);
    const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
    // Only the site's own inline code may be allowed; anything else in a published page is a finding.
    const inline = checkPageInlineCode(observed.html);
    for (const item of inline.foreign) differences.push({ path, check: 'Inline-Code', expected: 'nur eigener', actual: item });
    const expected = metaContentSecurityPolicy(areaOf(file), inline.hashes, context.admin ?? NO_CMS);
    const metas = metaCsps(observed.html);
    if (metas.length !== 1) {
      differences.push({ path, check: 'CSP (<meta>)', expected: '1 Element', actual: `${metas.length} Elemente` });
    } else if (metas[0] !== expected) {
      differences.push({ path, check: 'CSP (<meta>)', ...cspDifference(expected, metas[0]!) });
    }
  }
  return differences;
}

/** Shortens a cell to `width` characters (with "…"). */
function cell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The differences as a German plain-text table (one row each), or a one-line all-clear. */
export function formatDifferences(differences: readonly Difference[], checked: number): string {
  if (differences.length === 0) return `Keine Abweichung: ${checked} Adressen geprüft.`;
  const header = ['Adresse', 'Prüfung', 'erwartet', 'erhalten'];
  const rows = differences.map((d) => [cell(d.path, 60), cell(d.check, 28), cell(d.expected, 90), cell(d.actual, 90)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ').trimEnd();
  const pages = new Set(differences.map((d) => d.path)).size;
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...rows.map(line),
    '',
    `${differences.length} ${differences.length === 1 ? 'Abweichung' : 'Abweichungen'} an ${pages} von ${checked} Adressen.`,
  ].join('\n');
}

export interface VerifyOptions extends CheckContext {
  /** Address of the deployment, with its base path: "https://owner.github.io/asskomm/". */
  address: string;
  fetch?: typeof globalThis.fetch;
  /** Requests at the same time. */
  concurrency?: number;
}

export interface VerifyResult {
  checked: number;
  differences: Difference[];
}

async function observe(fetcher: typeof globalThis.fetch, url: string): Promise<Observed> {
  try {
    const response = await fetcher(url, { redirect: 'manual', headers: { 'accept-encoding': 'identity' } });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const isHtml = (headers['content-type'] ?? '').toLowerCase().startsWith('text/html');
    const html = isHtml ? await response.text() : (await response.arrayBuffer(), undefined);
    return { status: response.status, headers, html };
  } catch (error) {
    return { status: 0, headers: { 'x-verify-error': String((error as Error).cause ?? error) } };
  }
}

/** Fetches the sitemap and the fixed addresses of a deployment and compares each response. */
export async function verifyDeployment(options: VerifyOptions): Promise<VerifyResult> {
  const fetcher = options.fetch ?? globalThis.fetch;
  const origin = new URL(options.address).origin;
  const base = options.base;
  const differences: Difference[] = [];
  const text = async (relative: string): Promise<string | undefined> => {
    const response = await fetcher(`${origin}${base}${relative}`, { redirect: 'manual' }).catch(() => undefined);
    if (!response?.ok) {
      differences.push({ path: `${base}${relative}`, check: 'Status', expected: '200', actual: String(response?.status ?? 'keine Antwort') });
      return undefined;
    }
    return response.text();
  };

  const pages = new Set<string>();
  const pending = ['sitemap-index.xml'];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const relative = pending.shift()!;
    if (seen.has(relative)) continue;
    seen.add(relative);
    const xml = await text(relative);
    for (const location of sitemapLocations(xml ?? '')) {
      const pathname = new URL(location).pathname;
      if (pathname.endsWith('.xml')) pending.push(relativeToBase(pathname, base));
      else pages.add(pathname);
    }
  }
  if (pages.size === 0 && differences.length === 0) {
    differences.push({ path: `${base}sitemap-index.xml`, check: 'Sitemap', expected: 'mindestens eine Seite', actual: 'keine Seite' });
  }
  const entry = await text('pagefind/pagefind-entry.json');
  const targets: Target[] = [
    ...[...pages].sort().map((path) => ({ path, status: 200 })),
    ...[...fixedTargets(options.mode), ...(entry ? pagefindPaths(entry) : []).map((relative) => ({ relative, status: 200 }))].map(
      ({ relative, status }) => ({ path: `${base}${relative}`, status }),
    ),
  ].filter((target, index, all) => all.findIndex((t) => t.path === target.path) === index);

  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const target = targets[next++]!;
      differences.push(...checkResponse(target, await observe(fetcher, `${origin}${target.path}`), options));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
  const order = new Map(targets.map((t, i) => [t.path, i]));
  differences.sort((a, b) => (order.get(a.path) ?? -1) - (order.get(b.path) ?? -1));
  return { checked: targets.length, differences };
}
