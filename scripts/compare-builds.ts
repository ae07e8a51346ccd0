/**
 * Proves a refactor: builds the site from a Git revision and from the working tree, with the same content,
 * and compares the two outputs file by file.
 *
 *   npm run compare-builds -- --base <rev>                 the real content
 *   npm run compare-builds -- --base <rev> --articles 1000 the benchmark's synthetic corpus on top
 *
 * Both builds run in throw-away copies with cold caches, the same BUILD_DATE and SITE_URL. It reports the
 * files that differ byte for byte, and those that still differ once the ids Astro derives from a component's
 * file path are set aside (withoutPathDerivedIds). Exit 0 when the latter list is empty.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isolatedCopy, npmRun, projectRoot } from '../tests/support/project.ts';
import { diffTrees, fileHashes, withoutPathDerivedIds, type TreeDiff } from '../tests/quality/lib/tree-diff.ts';
import { municipalities, writeSyntheticContent } from './bench/synthetic-content.ts';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'HEAD' },
    articles: { type: 'string', default: '0' },
    'build-date': { type: 'string', default: '2026-12-01' },
    keep: { type: 'boolean', default: false },
  },
});

interface Output {
  exact: Map<string, string>;
  /** Without the ids Astro derives from a component's file path. */
  normalised: Map<string, string>;
}

/** A copy of the sources at `rev` (git archive), with node_modules linked like isolatedCopy(). */
function copyAt(rev: string): string {
  const dir = isolatedCopy('asskomm-compare-base-');
  for (const entry of readdirSync(dir)) if (entry !== 'node_modules') rmSync(path.join(dir, entry), { recursive: true, force: true });
  execSync(`git -C "${projectRoot}" archive --format=tar ${rev} | tar -x -C "${dir}"`);
  mkdirSync(path.join(dir, 'public'), { recursive: true });
  return dir;
}

function build(dir: string, label: string): Output {
  const articles = Number(args.articles);
  if (articles > 0) writeSyntheticContent(dir, articles, municipalities(dir));
  const outDir = path.join(dir, 'dist');
  const started = performance.now();
  const r = npmRun(dir, 'build', { OUT_DIR: outDir, BUILD_DATE: args['build-date']!, SITE_URL: 'https://asskomm.example' });
  if (r.status !== 0) {
    console.error(`${label}: Build fehlgeschlagen\n${r.stdout}\n${r.stderr}`);
    process.exit(2);
  }
  console.log(`${label}: gebaut in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`);
  return { exact: fileHashes(outDir), normalised: fileHashes(outDir, withoutPathDerivedIds) };
}

/** The base build is kept per commit, corpus and day, so comparing again after a fix builds only the work tree. */
const commit = execSync(`git -C "${projectRoot}" rev-parse ${args.base}`, { encoding: 'utf8' }).trim();
const normaliser = createHash('sha256').update(readFileSync(path.join(projectRoot, 'tests/quality/lib/tree-diff.ts'))).digest('hex').slice(0, 8);
const cached = path.join(os.tmpdir(), `asskomm-compare-${commit.slice(0, 12)}-${args.articles}-${args['build-date']}-${normaliser}.json`);

function baseOutput(): Output {
  if (existsSync(cached)) {
    const { exact, normalised } = JSON.parse(readFileSync(cached, 'utf8')) as Record<keyof Output, [string, string][]>;
    return { exact: new Map(exact), normalised: new Map(normalised) };
  }
  const dir = copyAt(commit);
  try {
    const output = build(dir, `Stand ${args.base} (${commit.slice(0, 12)})`);
    writeFileSync(cached, JSON.stringify({ exact: [...output.exact], normalised: [...output.normalised] }));
    return output;
  } finally {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
}

const count = (d: TreeDiff) => d.changed.length + d.onlyInFirst.length + d.onlyInSecond.length;

const workDir = isolatedCopy('asskomm-compare-work-');
try {
  const before = baseOutput();
  const after = build(workDir, 'Arbeitsstand');
  const exact = diffTrees(before.exact, after.exact);
  const diff = diffTrees(before.normalised, after.normalised);
  console.log(`${before.exact.size} Dateien vorher, ${after.exact.size} nachher.`);
  console.log(`Byte für Byte verschieden: ${count(exact)} Dateien.`);
  console.log(`Verschieden ohne die aus Dateipfaden abgeleiteten Kennungen (data-astro-cid, Hash im CSS-Dateinamen): ${count(diff)} Dateien.`);
  for (const f of diff.changed) console.log(`  geändert: ${f}`);
  for (const f of diff.onlyInFirst) console.log(`  nur vorher: ${f}`);
  for (const f of diff.onlyInSecond) console.log(`  nur nachher: ${f}`);
  process.exitCode = count(diff) === 0 ? 0 : 1;
} finally {
  if (!args.keep) rmSync(workDir, { recursive: true, force: true });
}
