/**
 * Proves a refactor: builds the site from a Git revision and from the working tree, with the same content,
 * and compares the two outputs file by file.
 *
 *   npm run compare-builds -- --base <rev>                 the real content
 *   npm run compare-builds -- --base <rev> --articles 1000 the benchmark's synthetic corpus on top
 *
 * Both builds run in throw-away copies with cold caches, the same BUILD_DATE and SITE_URL. Exit 0 when every
 * file is identical; otherwise the differing files are listed and the exit code is 1.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isolatedCopy, npmRun, projectRoot } from '../tests/support/project.ts';
import { diffTrees, fileHashes } from '../tests/quality/lib/tree-diff.ts';
import { municipalities, writeSyntheticContent } from './bench/synthetic-content.ts';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'HEAD' },
    articles: { type: 'string', default: '0' },
    'build-date': { type: 'string', default: '2026-12-01' },
    keep: { type: 'boolean', default: false },
  },
});

/** A copy of the sources at `rev` (git archive), with node_modules linked like isolatedCopy(). */
function copyAt(rev: string): string {
  const dir = isolatedCopy('asskomm-compare-base-');
  for (const entry of readdirSync(dir)) if (entry !== 'node_modules') rmSync(path.join(dir, entry), { recursive: true, force: true });
  execSync(`git -C "${projectRoot}" archive --format=tar ${rev} | tar -x -C "${dir}"`);
  mkdirSync(path.join(dir, 'public'), { recursive: true });
  return dir;
}

function build(dir: string, label: string): Map<string, string> {
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
  return fileHashes(outDir);
}

/** The base build is kept per commit, corpus and day, so comparing again after a fix builds only the work tree. */
const commit = execSync(`git -C "${projectRoot}" rev-parse ${args.base}`, { encoding: 'utf8' }).trim();
const cached = path.join(os.tmpdir(), `asskomm-compare-${commit.slice(0, 12)}-${args.articles}-${args['build-date']}.json`);

function baseHashes(): Map<string, string> {
  if (existsSync(cached)) return new Map(JSON.parse(readFileSync(cached, 'utf8')) as [string, string][]);
  const dir = copyAt(commit);
  try {
    const hashes = build(dir, `Stand ${args.base} (${commit.slice(0, 12)})`);
    writeFileSync(cached, JSON.stringify([...hashes]));
    return hashes;
  } finally {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
}

const workDir = isolatedCopy('asskomm-compare-work-');
try {
  const before = baseHashes();
  const after = build(workDir, 'Arbeitsstand');
  const diff = diffTrees(before, after);
  const differences = diff.changed.length + diff.onlyInFirst.length + diff.onlyInSecond.length;
  console.log(`${before.size} Dateien vorher, ${after.size} nachher, ${differences} Unterschiede.`);
  for (const f of diff.changed) console.log(`  geändert: ${f}`);
  for (const f of diff.onlyInFirst) console.log(`  nur vorher: ${f}`);
  for (const f of diff.onlyInSecond) console.log(`  nur nachher: ${f}`);
  process.exitCode = differences === 0 ? 0 : 1;
} finally {
  if (!args.keep) rmSync(workDir, { recursive: true, force: true });
}
