/**
 * Build benchmark: how the site scales from 100 to 10,000 articles.
 *
 *   npm run bench                          sizes 100, 1,000 and 10,000 articles (about 10 minutes in all on 2 cores)
 *   npm run bench -- --sizes 100,1000      only these sizes
 *   options: --no-lighthouse, --no-search (skip the first-query measurement), --keep (keep the copies),
 *            --json results.json (all numbers as JSON as well)
 *
 * For each size: a temporary copy of the project with its own caches (never our content/), synthetic articles,
 * towns and events (scripts/bench/synthetic-content.ts), then
 * - a cold `npm run build`: wall time, Pagefind's share, peak memory (largest process, /usr/bin/time -v;
 *   without it, VmHWM of the process tree polled from /proc),
 * - Pagefind's index on disk,
 * - what a browser fetches for home, article, town, event, map and search page (HTML, CSS, JS, brotli),
 *   measured by scripts/measure-map.ts, with the article's HTML+CSS against 14 KB and the map against 60 KB,
 * - the bytes of a first search query (scripts/bench-search.ts: the searches the issue names, and a stress case),
 * - a rebuild after one changed article,
 * - Lighthouse (npm `lighthouse`, Debian's Chromium) for home, article, town, event and search page.
 * At the end ONE table with a column per size.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { paths } from '../src/model/paths.ts';
import { chromiumPath, FLAGS } from '../tests/support/browser.ts';
import { isolatedCopy, projectRoot } from '../tests/support/project.ts';
import { benchSearch, BUDGET_BYTES as SEARCH_BUDGET, STRESS_QUERY } from './bench-search.ts';
import { ARTICLE_BUDGET, weigh, type Weight } from './bench/page-weight.ts';
import { serveCompressed } from './bench/serve-compressed.ts';
import { municipalities, writeSyntheticContent, type Written } from './bench/synthetic-content.ts';
import { count, formatTable, kb, mb, seconds } from './bench/table.ts';
import { dirSize } from './bench/dir-size.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const sizes = args.sizes!.split(',').map((s) => Number(s.replace(/[._]/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: „${args.sizes}“ ist keine Liste von Artikelzahlen, z. B. 100,1000`);

const log = (line: string) => console.log(`[bench] ${line}`);
const MAP_BUDGET_FALLBACK = 60_000;

// ---------------------------------------------------------------------------------------------------------
// A project copy with its own caches


// ---------------------------------------------------------------------------------------------------------
// Timed builds

interface Build {
  seconds: number;
  /** Peak resident memory of the largest process, bytes. */
  peakBytes: number;
  pagefindSeconds: number;
  pages: number;
}

/** Peak of VmHWM over a process and all its descendants, polled from /proc (when /usr/bin/time is missing). */
function runPolled(command: string, argv: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number; output: string; peakBytes: number }> {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakBytes = 0;
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const tree = (root: number): number[] => {
      const parents = new Map<number, number>();
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
          parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
        } catch {
          /* the process ended meanwhile */
        }
      }
      const found = [root];
      for (let i = 0; i < found.length; i++) for (const [pid, parent] of parents) if (parent === found[i]) found.push(pid);
      return found;
    };
    const timer = setInterval(() => {
      for (const pid of tree(child.pid!)) {
        try {
          const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
          if (hwm) peakBytes = Math.max(peakBytes, Number(hwm[1]) * 1024);
        } catch {
          /* ended */
        }
      }
    }, 200);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status: status ?? 1, output, peakBytes });
    });
  });
}

async function timedBuild(dir: string, outDir: string): Promise<Build> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir };
  const logFile = path.join(dir, 'build.log');
  const started = performance.now();
  let status: number;
  let output: string;
  let peakBytes: number;
  if (existsSync('/usr/bin/time')) {
    const run = spawnSync('/usr/bin/time', ['-v', 'npm', 'run', '--silent', 'build'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    status = run.status ?? 1;
    output = `${run.stdout}\n${run.stderr}`;
    peakBytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0) * 1024;
  } else {
    ({ status, output, peakBytes } = await runPolled('npm', ['run', '--silent', 'build'], { cwd: dir, env }));
  }
  const wall = (performance.now() - started) / 1000;
  appendFileSync(logFile, output);
  if (status !== 0) throw new Error(`Build fehlgeschlagen (siehe ${logFile}):\n${output.slice(-4000)}`);
  return {
    seconds: wall,
    peakBytes,
    pagefindSeconds: Number(/Finished in ([\d.]+) seconds/.exec(output)?.[1] ?? NaN),
    pages: readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length,
  };
}


// ---------------------------------------------------------------------------------------------------------
// Pages

type PageType = 'home' | 'article' | 'town' | 'event' | 'map' | 'search';
const PAGE_LABELS: Record<PageType, string> = {
  home: 'Startseite',
  article: 'Artikel',
  town: 'Kommune',
  event: 'Termin',
  map: 'Karte',
  search: 'Suche',
};
const LIGHTHOUSE_PAGES: PageType[] = ['home', 'article', 'town', 'event', 'search'];

function pagesOf(written: Written): Record<PageType, string> {
  return {
    home: paths.home,
    article: paths.article(written.articleIds[0]!),
    town: paths.town(written.townIds[0] ?? 'pirna'),
    event: paths.event(written.eventIds[0]!),
    map: paths.map,
    search: paths.search,
  };
}

interface MapModule {
  measurePage(siteDir: string, page?: string, widths?: number[]): Promise<{ resources: { path: string; brotli: number }[] }[]>;
  MAP_PAGE_BUDGET?: number;
}

async function pageWeights(outDir: string, pages: Record<PageType, string>): Promise<{ weights: Partial<Record<PageType, Weight>>; mapBudget: number }> {
  const file = path.join(projectRoot, 'scripts/measure-map.ts');
  if (!existsSync(file)) return { weights: {}, mapBudget: MAP_BUDGET_FALLBACK };
  const { measurePage, MAP_PAGE_BUDGET } = (await import(file)) as MapModule;
  const weights: Partial<Record<PageType, Weight>> = {};
  for (const [type, page] of Object.entries(pages) as [PageType, string][]) {
    if (!existsSync(path.join(outDir, page, 'index.html'))) continue;
    const [measured] = await measurePage(outDir, page, [1280]);
    if (measured) weights[type] = weigh(measured.resources);
  }
  return { weights, mapBudget: MAP_PAGE_BUDGET ?? MAP_BUDGET_FALLBACK };
}

interface QueryFigures {
  /** The largest first query of the searches the issue names. */
  maxBytes: number;
  /** A word in nearly every article (outside the budget). */
  stressBytes: number | undefined;
}

async function firstQueryBytes(articles: number): Promise<QueryFigures | undefined> {
  if (args['no-search']) return undefined;
  const result = await benchSearch({ articles, log: () => undefined });
  return { maxBytes: result.maxFirstQueryBytes, stressBytes: result.stressQueryBytes };
}

// ---------------------------------------------------------------------------------------------------------
// Lighthouse

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof CATEGORIES)[number], number>;

async function lighthouseScores(outDir: string, pages: Record<PageType, string>): Promise<Partial<Record<PageType, Scores>>> {
  if (args['no-lighthouse']) return {};
  const server = await serveCompressed(outDir);
  const chrome = await launch({
    chromePath: await chromiumPath(),
    chromeFlags: FLAGS,
  });
  const scores: Partial<Record<PageType, Scores>> = {};
  try {
    for (const type of LIGHTHOUSE_PAGES) {
      if (!existsSync(path.join(outDir, pages[type], 'index.html'))) continue;
      // Lighthouse now and then fails to record the trace (NO_NAVSTART): then the run is repeated, twice at most.
      for (let attempt = 1; attempt <= 3; attempt++) {
        const result = await lighthouse(`${server.url}${pages[type]}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
        const categories = result?.lhr.categories;
        if (!categories) continue;
        const run = Object.fromEntries(CATEGORIES.map((c) => [c, categories[c]?.score ?? null])) as Record<(typeof CATEGORIES)[number], number | null>;
        scores[type] = Object.fromEntries(CATEGORIES.map((c) => [c, run[c] === null ? NaN : Math.round(run[c] * 100)])) as Scores;
        if (!result.lhr.runtimeError && Object.values(run).every((v) => v !== null)) break;
        log(`  Lighthouse ${pages[type]}: ${result.lhr.runtimeError?.code ?? 'Wert fehlt'} (Versuch ${attempt})`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return scores;
}

// ---------------------------------------------------------------------------------------------------------
// One size

interface Result {
  articles: number;
  plan: Written['plan'];
  build: Build;
  index: { files: number; bytes: number };
  rebuildSeconds: number;
  weights: Partial<Record<PageType, Weight>>;
  mapBudget: number;
  firstQuery: QueryFigures | undefined;
  lighthouse: Partial<Record<PageType, Scores>>;
}

async function benchSize(articles: number): Promise<Result> {
  const dir = isolatedCopy();
  try {
    const written = writeSyntheticContent(dir, articles, municipalities(dir));
    const { plan } = written;
    log(`${count(articles)} Artikel, ${count(plan.towns)} weitere Kommunen, ${count(plan.events)} Termine in ${dir}; kalter Build …`);
    const outDir = path.join(dir, 'dist');
    const build = await timedBuild(dir, outDir);
    log(`  gebaut: ${count(build.pages)} Seiten in ${seconds(build.seconds)} (Pagefind ${seconds(build.pagefindSeconds)}), Spitze ${mb(build.peakBytes)}`);
    const index = dirSize(path.join(outDir, 'pagefind'));
    const pages = pagesOf(written);

    log('  Seitengewichte …');
    const { weights, mapBudget } = await pageWeights(outDir, pages);
    log('  Lighthouse …');
    const scores = await lighthouseScores(outDir, pages);

    log('  Neubau nach einem geänderten Artikel …');
    const changed = path.join(dir, 'content/articles', `${written.articleIds[0]!}.mdx`);
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nEin neuer Absatz, nachträglich ergänzt.\n`);
    const rebuild = await timedBuild(dir, outDir);

    log('  erste Suchanfrage (scripts/bench-search.ts) …');
    const query = await firstQueryBytes(articles);
    return { articles, plan, build, index, rebuildSeconds: rebuild.seconds, weights, mapBudget, firstQuery: query, lighthouse: scores };
  } finally {
    if (args.keep) log(`  Kopie behalten: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// The table

function table(results: Result[]): string {
  const dash = '–';
  const row = (label: string, cell: (r: Result) => string) => [label, ...results.map(cell)];
  const weightRow = (type: PageType) =>
    row(`${PAGE_LABELS[type]}: HTML / CSS / JS (Brotli)`, (r) => {
      const w = r.weights[type];
      return w ? `${kb(w.html)} / ${kb(w.css)} / ${kb(w.js)}` : dash;
    });
  const scoreRow = (type: PageType) =>
    row(`Lighthouse ${PAGE_LABELS[type]} (Leistung/Barrierefr./Praktiken/SEO)`, (r) => {
      const s = r.lighthouse[type];
      return s ? CATEGORIES.map((c) => (Number.isNaN(s[c]) ? '?' : String(s[c]))).join(' / ') : dash;
    });
  const budget = (bytes: number | undefined, limit: number) =>
    bytes === undefined ? dash : `${count(bytes)} B ${bytes <= limit ? '✓' : '✗ ÜBER BUDGET'}`;
  const rows = [
    row('Kommunen / Termine (zusätzlich)', (r) => `${count(r.plan.towns)} / ${count(r.plan.events)}`),
    row('Seiten (HTML-Dateien)', (r) => count(r.build.pages)),
    row('Build kalt, gesamt', (r) => seconds(r.build.seconds)),
    row('  davon Pagefind', (r) => seconds(r.build.pagefindSeconds)),
    row('Spitzen-Speicher (größter Prozess)', (r) => mb(r.build.peakBytes)),
    row('Pagefind-Index (Dateien, Größe)', (r) => `${count(r.index.files)}, ${mb(r.index.bytes)}`),
    row('Voller Neubau nach 1 geändertem Artikel (Bild-Cache warm, keine neuen Fotos)', (r) => seconds(r.rebuildSeconds)),
    ...(['home', 'article', 'town', 'event', 'map', 'search'] as PageType[]).map(weightRow),
    row('Erste Suchanfrage, größte der Suchen aus dem Issue', (r) => (r.firstQuery ? `${kb(r.firstQuery.maxBytes)} ${r.firstQuery.maxBytes <= SEARCH_BUDGET ? '✓' : '✗ ÜBER BUDGET'}` : dash)),
    row(`  Belastungsfall „${STRESS_QUERY}“ (in fast jedem Artikel)`, (r) => (r.firstQuery?.stressBytes === undefined ? dash : kb(r.firstQuery.stressBytes))),
    row(`Budget Artikel: HTML+CSS ≤ ${count(ARTICLE_BUDGET)} B (14 KB)`, (r) => budget(r.weights.article && r.weights.article.html + r.weights.article.css, ARTICLE_BUDGET)),
    row(`Budget Karte: alles ≤ ${count(results[0]?.mapBudget ?? MAP_BUDGET_FALLBACK)} B`, (r) => budget(r.weights.map?.total, r.mapBudget)),
    ...LIGHTHOUSE_PAGES.map(scoreRow),
  ];
  return formatTable(['Artikel', ...results.map((r) => count(r.articles))], rows);
}

// ---------------------------------------------------------------------------------------------------------

log(`Größen: ${sizes.map(count).join(', ')} Artikel; ${os.cpus().length} Kerne, ${mb(os.totalmem())} Speicher`);
const results: Result[] = [];
for (const size of sizes) results.push(await benchSize(size));
console.log('');
console.log(table(results));
console.log('Brotli-Bytes, wie ein Browser die Seite lädt (1280 px breit).');
if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
