/**
 * Search benchmark: how long Pagefind takes to index the site with many articles, and how many bytes a
 * visitor's browser fetches for a first query on /suche/ (budget: 300 KB).
 *
 *   npx node scripts/bench-search.ts [--articles 10000] [--mode html|astro] [--queries "Heidenau,Pirna"] [--keep]
 *   import { benchSearch } from './bench-search.ts'; await benchSearch({ articles: 10000 });
 *
 * Everything happens in a temporary copy of the project (tests/support/project.ts); content/ is never touched.
 *
 * Modes:
 * - "html" (default): builds the copy once with the real content, then writes the synthetic articles as HTML
 *   pages straight into the output, in the frame of a real built page, with the same search attributes
 *   (searchMeta() from src/lib/search/meta.ts), and runs only Pagefind again. Both numbers asked for depend on
 *   what Pagefind sees, not on how the HTML was made, and this takes a minute instead of many: an Astro build
 *   of 10,000 MDX articles is slow on two cores (see /work/shared/design/tech-notes.md).
 * - "astro": writes the build benchmark's synthetic site (scripts/bench/synthetic-content.ts: articles, towns,
 *   events) into the copy's content/ and runs the full `npm run build`, through the real templates. Slow.
 * Both use the same seeded German-ish text (scripts/bench/synthetic-content.ts).
 *
 * Bytes are counted twice: in Chromium (Playwright's request sizes, i.e. CDP encodedDataLength of the body)
 * and on the server; with brotli for text files as static hosts send them, and without any compression.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { gemeinden, municipalityByAgs, type District } from '../src/lib/geo/municipalities.ts';
import { searchMeta, searchTitle } from '../src/lib/search/meta.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { buildSite, copyProject, npmRun } from '../tests/support/project.ts';
import { CONTENT_TYPES as TYPES, listenLocally, requestedFile } from '../tests/support/static-server.ts';
import { seeded, sentence, writeSyntheticContent } from './bench/synthetic-content.ts';
import { dirSize } from './bench/dir-size.ts';

export const BUDGET_BYTES = 300 * 1024;

/** The searches the issue names: a town, the campaign with umlauts and as a phrase, an agreement word. */
export const DEFAULT_QUERIES = ['Heidenau', 'schwänzen', 'Glänzen statt schwänzen', 'Kooperationsvereinbarung'];

/**
 * The most frequent noun of the synthetic text, in nearly every one of the 10,000 articles and several times
 * in each: a stress case for Pagefind's index chunks, reported beside the budget, not in it.
 */
export const STRESS_QUERY = 'Sicherheit';
const TIME = '/usr/bin/time';

export interface BenchSearchOptions {
  /** Number of synthetic articles (default 10,000). */
  articles?: number;
  mode?: 'html' | 'astro';
  /** Queries, each the first one in a fresh browser (cold cache). */
  queries?: string[];
  /** Keep the temporary copy for a look afterwards. */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface QueryBytes {
  query: string;
  results: string;
  requests: number;
  /** Bytes of Pagefind's requests as Chromium received them (bodies, brotli where the host compresses). */
  browserBytes: number;
  /** The same requests counted by the server, compressed and uncompressed. */
  serverBrotliBytes: number;
  serverRawBytes: number;
  /** Further bytes when the filter panel is opened afterwards (server count, brotli). */
  filterBytes: number;
  files: { path: string; bytes: number }[];
}

export interface BenchSearchResult {
  mode: 'html' | 'astro';
  articles: number;
  pagesIndexed: number;
  wordsIndexed: number;
  /** Wall time of the Pagefind run over the whole output. */
  indexSeconds: number;
  /** CPU time (user + system) and peak memory of that run (html mode, where /usr/bin/time exists). */
  indexCpuSeconds?: number;
  indexPeakBytes?: number;
  /** Time to write the synthetic pages (html mode) or of the whole build (astro mode). */
  prepareSeconds: number;
  indexFiles: number;
  indexBytes: number;
  queries: QueryBytes[];
  budgetBytes: number;
  /** The first query for a town name (the first of `queries`), as a visitor's browser fetches it. */
  firstQueryBytes: number;
  /** The largest first query of all `queries`: the figure held against the budget. */
  maxFirstQueryBytes: number;
  /** The first query for STRESS_QUERY (not part of the budget; undefined with own `queries`). */
  stressQueryBytes?: number;
  stress?: QueryBytes;
  withinBudget: boolean;
  dir?: string;
}

// ---------------------------------------------------------------- synthetic articles

interface Town {
  id: string;
  name: string;
  district: District;
}

function loadTowns(root: string): Town[] {
  const dir = path.join(root, 'content/towns');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const data = parseYaml(readFileSync(path.join(dir, f), 'utf8')) as { name: string; ags?: string };
      const district = data.ags ? municipalityByAgs(data.ags)?.district : undefined;
      return district ? [{ id: f.replace(/\.yaml$/, ''), name: data.name, district }] : [];
    });
}

interface Synthetic {
  id: string;
  title: string;
  date: string;
  lead: string;
  paragraphs: string[];
  towns: Town[];
}

/** One article from the build benchmark's seeded German-ish text (scripts/bench/synthetic-content.ts). */
function article(i: number, towns: Town[]): Synthetic {
  const r = seeded(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const own = [...new Map(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(towns)).map((t) => [t.id, t])).values()];
  const names = own.map((t) => t.name);
  const target = 300 + Math.floor(r() * 301);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const p = Array.from({ length: 3 + Math.floor(r() * 4) }, () => sentence(r, names)).join(' ');
    words += p.split(' ').length;
    paragraphs.push(p);
  }
  const date = `${2019 + Math.floor(r() * 7)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const title = `${sentence(r, names).slice(0, 80).replace(/\.$/, '')} in ${names[0]}`;
  return { id: `bench-${String(i).padStart(5, '0')}`, title, date, lead: sentence(r, names), paragraphs, towns: own };
}

// ---------------------------------------------------------------- writing pages

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attrs = (a: Record<string, string>) => Object.entries(a).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');

/** The frame of a real built page: everything outside <main>…</main>. */
function frameOf(outDir: string): [string, string] {
  const news = path.join(outDir, 'aktuelles');
  const candidates = (existsSync(news) ? readdirSync(news, { withFileTypes: true }) : [])
    .filter((d) => d.isDirectory() && existsSync(path.join(outDir, 'aktuelles', d.name, 'index.html')))
    .map((d) => path.join(outDir, 'aktuelles', d.name, 'index.html'));
  const source = candidates.find((f) => readFileSync(f, 'utf8').includes('data-pagefind-body')) ?? path.join(outDir, 'index.html');
  const html = readFileSync(source, 'utf8');
  const open = /<main\b[^>]*>/.exec(html);
  const close = html.lastIndexOf('</main>');
  if (!open || close === -1) throw new Error(`${source}: kein <main> gefunden`);
  return [html.slice(0, open.index + open[0].length), html.slice(close)];
}

function writeHtmlArticles(outDir: string, list: Synthetic[]) {
  const [head, tail] = frameOf(outDir);
  for (const a of list) {
    const meta = searchMeta('Artikel', { date: a.date, districts: a.towns.map((t) => t.district) });
    const body =
      `<article${attrs(meta)}><h1${attrs(searchTitle)}>${escapeHtml(a.title)}</h1>` +
      `<p><time datetime="${a.date}">${a.date}</time></p><p class="lead">${escapeHtml(a.lead)}</p>` +
      a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
      `</article>`;
    const dir = path.join(outDir, 'aktuelles', a.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), `${head}${body}${tail}`);
  }
}

// ---------------------------------------------------------------- serving and measuring

/** What static hosts compress; Pagefind's index files (.pf_*) and wasm bundle come gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg']);

interface CountingServer {
  url: string;
  served: Map<string, { brotli: number; raw: number }>;
  close(): Promise<void>;
}

async function serveCounting(root: string): Promise<CountingServer> {
  const served = new Map<string, { brotli: number; raw: number }>();
  const brotliCache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const requested = requestedFile(root, req.url);
    if (!requested) return void res.writeHead(403).end();
    const { urlPath, file } = requested;
    if (!existsSync(file)) return void res.writeHead(404).end();
    const ext = path.extname(file);
    const raw = statSync(file).size;
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(String(req.headers['accept-encoding']))) {
      let body = brotliCache.get(file);
      if (!body) {
        body = brotliCompressSync(readFileSync(file), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
        brotliCache.set(file, body);
      }
      served.set(urlPath, { brotli: body.length, raw });
      res.writeHead(200, { ...headers, 'content-encoding': 'br', 'content-length': String(body.length) }).end(body);
      return;
    }
    served.set(urlPath, { brotli: raw, raw });
    res.writeHead(200, { ...headers, 'content-length': String(raw) });
    createReadStream(file).pipe(res);
  });
  return { ...(await listenLocally(server)), served };
}

async function firstQuery(server: CountingServer, query: string): Promise<QueryBytes> {
  server.served.clear();
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const sizes: Promise<{ path: string; bytes: number }>[] = [];
    // Were Pagefind's web worker on (the site turns it off), its requests would be reported on the page too.
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.includes('/pagefind/')) return;
      sizes.push(request.sizes().then((s) => ({ path: url.pathname, bytes: s.responseBodySize })));
    });
    await page.goto(`${server.url}/suche/?q=${encodeURIComponent(query)}`);
    const status = page.getByRole('status');
    for (let i = 0; i < 600 && !/Ergebnis/.test((await status.textContent()) ?? ''); i++) await page.waitForTimeout(100);
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(sizes);
    const pagefindServed = [...server.served].filter(([p]) => p.includes('/pagefind/'));
    // Then open the filter panel: its counts need Pagefind's filter index, fetched only now.
    const before = new Set(server.served.keys());
    await page.getByText('Nach Art, Jahr und Landkreis filtern').click();
    await page.getByRole('group', { name: 'Art' }).waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const filterServed = [...server.served].filter(([p]) => !before.has(p));
    return {
      filterBytes: filterServed.reduce((n, [, s]) => n + s.brotli, 0),
      query,
      results: (await status.textContent()) ?? '',
      requests: files.length,
      browserBytes: files.reduce((n, f) => n + f.bytes, 0),
      serverBrotliBytes: pagefindServed.reduce((n, [, s]) => n + s.brotli, 0),
      serverRawBytes: pagefindServed.reduce((n, [, s]) => n + s.raw, 0),
      files: files.sort((a, b) => b.bytes - a.bytes),
    };
  } finally {
    await browser.close();
  }
}


// ---------------------------------------------------------------- the benchmark

export async function benchSearch(options: BenchSearchOptions = {}): Promise<BenchSearchResult> {
  const count = options.articles ?? 10_000;
  const mode = options.mode ?? 'html';
  const queries = options.queries ?? DEFAULT_QUERIES;
  const log = options.log ?? ((line: string) => console.log(line));
  const dir = copyProject('asskomm-bench-search-');
  const outDir = path.join(dir, 'dist');
  try {
    let prepareSeconds: number;
    let pagefindLog: string;
    let indexSeconds: number;
    let indexCpuSeconds: number | undefined;
    let indexPeakBytes: number | undefined;

    if (mode === 'astro') {
      // The build benchmark's full synthetic site: articles, towns and events as MDX and YAML.
      const municipalities = gemeinden.features.map((f) => ({ ags: f.properties.AGS, name: f.properties.GEN, kind: f.properties.BEZ }));
      writeSyntheticContent(dir, count, municipalities);
      log(`[bench-search] ${count} MDX-Artikel geschrieben; baue die Kopie mit Astro und Pagefind …`);
      const started = performance.now();
      const build = npmRun(dir, 'build', { OUT_DIR: outDir });
      prepareSeconds = (performance.now() - started) / 1000;
      if (build.status !== 0) throw new Error(`Build fehlgeschlagen:\n${build.stdout}\n${build.stderr}`);
      pagefindLog = build.stdout;
      indexSeconds = Number(/Finished in ([\d.]+) seconds/.exec(pagefindLog)?.[1] ?? NaN);
    } else {
      log('[bench-search] baue die Kopie mit dem echten Inhalt …');
      buildSite(dir, { OUT_DIR: outDir });
      const written = performance.now();
      const towns = loadTowns(dir);
      writeHtmlArticles(outDir, Array.from({ length: count }, (_, i) => article(i, towns)));
      prepareSeconds = (performance.now() - written) / 1000;
      log(`[bench-search] ${count} Artikelseiten in ${prepareSeconds.toFixed(1)} s geschrieben; Pagefind indexiert …`);
      rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
      const started = performance.now();
      // /usr/bin/time adds CPU time and peak memory: wall time alone depends on what else the machine is doing.
      const command = existsSync(TIME) ? [TIME, '-f', 'bench-search-time %U %S %M', 'npx'] : ['npx'];
      const run = spawnSync(command[0]!, [...command.slice(1), 'pagefind', '--site', outDir], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      indexSeconds = (performance.now() - started) / 1000;
      if (run.status !== 0) throw new Error(`Pagefind fehlgeschlagen:\n${run.stdout}\n${run.stderr}`);
      pagefindLog = run.stdout;
      const usage = /bench-search-time ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
      if (usage) {
        indexCpuSeconds = Number(usage[1]) + Number(usage[2]);
        indexPeakBytes = Number(usage[3]) * 1024;
      }
    }

    const index = dirSize(path.join(outDir, 'pagefind'));
    const server = await serveCounting(outDir);
    const measured: QueryBytes[] = [];
    let stress: QueryBytes | undefined;
    try {
      for (const q of queries) measured.push(await firstQuery(server, q));
      if (!options.queries) stress = await firstQuery(server, STRESS_QUERY);
    } finally {
      await server.close();
    }
    // Both counts: Chromium's (bodies as received) and the server's (Brotli where a host compresses); the larger one counts.
    const fetched = (m: QueryBytes) => Math.max(m.browserBytes, m.serverBrotliBytes);
    const bytes = measured.map(fetched);
    const max = Math.max(...bytes);
    const result: BenchSearchResult = {
      mode,
      articles: count,
      pagesIndexed: Number(/Indexed (\d+) pages/.exec(pagefindLog)?.[1] ?? NaN),
      wordsIndexed: Number(/Indexed (\d+) words/.exec(pagefindLog)?.[1] ?? NaN),
      indexSeconds,
      ...(indexCpuSeconds === undefined ? {} : { indexCpuSeconds }),
      ...(indexPeakBytes === undefined ? {} : { indexPeakBytes }),
      prepareSeconds,
      indexFiles: index.files,
      indexBytes: index.bytes,
      queries: measured,
      budgetBytes: BUDGET_BYTES,
      firstQueryBytes: bytes[0] ?? NaN,
      maxFirstQueryBytes: max,
      ...(stress ? { stressQueryBytes: fetched(stress), stress } : {}),
      withinBudget: max <= BUDGET_BYTES,
      ...(options.keep ? { dir } : {}),
    };
    return result;
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function formatBenchSearch(r: BenchSearchResult): string {
  const lines = [
    `Suche (Pagefind), ${r.articles.toLocaleString('de-DE')} synthetische Artikel, Modus ${r.mode}`,
    `  indexiert: ${r.pagesIndexed.toLocaleString('de-DE')} Seiten, ${r.wordsIndexed.toLocaleString('de-DE')} Wörter`,
    `  Indexzeit (Pagefind): ${r.indexSeconds.toFixed(1)} s` +
      (r.indexCpuSeconds === undefined ? '' : ` (CPU ${r.indexCpuSeconds.toFixed(1)} s, Spitze ${((r.indexPeakBytes ?? 0) / 1024 / 1024).toFixed(0)} MB)`) +
      `; Vorbereitung: ${r.prepareSeconds.toFixed(1)} s`,
    `  Index auf der Platte: ${r.indexFiles.toLocaleString('de-DE')} Dateien, ${(r.indexBytes / 1024 / 1024).toFixed(1)} MB`,
    `  erste Suche (Budget ${kb(r.budgetBytes)}):`,
    ...r.queries.map(
      (q) =>
        `    „${q.query}“: ${kb(q.browserBytes)} im Browser (${q.requests} Anfragen; Server: ${kb(q.serverBrotliBytes)} mit Brotli, ${kb(q.serverRawBytes)} unkomprimiert) – ${q.results}; Filter öffnen: +${kb(q.filterBytes)}`,
    ),
    `  erste Suche nach „${r.queries[0]?.query}“: ${kb(r.firstQueryBytes)}; größte: ${kb(r.maxFirstQueryBytes)} – ${r.withinBudget ? 'alle im Budget' : 'nicht alle im Budget'}`,
    ...(r.stress
      ? [`  Belastungsfall „${r.stress.query}“ (fast jeder Artikel, außerhalb des Budgets): ${kb(r.stressQueryBytes ?? NaN)} – ${r.stress.results}`]
      : []),
  ];
  return lines.join('\n');
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const mode = argValue('mode') === 'astro' ? 'astro' : 'html';
  const queries = argValue('queries')?.split(',').map((q) => q.trim()).filter(Boolean);
  const result = await benchSearch({
    articles: Number(argValue('articles') ?? 10_000),
    mode,
    keep: process.argv.includes('--keep'),
    ...(queries?.length ? { queries } : {}),
  });
  console.log(formatBenchSearch(result));
  for (const q of [...result.queries, ...(result.stress ? [result.stress] : [])]) {
    console.log(`  Dateien für „${q.query}“: ${q.files.map((f) => `${f.path.replace(/.*\/pagefind\//, '')} ${kb(f.bytes)}`).join(', ')}`);
  }
  if (result.dir) console.log(`  Kopie behalten: ${result.dir}`);
  process.exitCode = result.withinBudget ? 0 : 1;
}
