/** Paths and commands shared by the site tests. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const COPIED = ['src', 'content', 'public', 'admin', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A throw-away copy of the project (node_modules linked, not copied) for builds that must not touch ours. */
function copySources(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of COPIED) {
    // An empty folder (public/) is not in git, so a fresh clone may lack it.
    if (!existsSync(path.join(projectRoot, entry))) continue;
    cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

export function copyProject(prefix = 'asskomm-'): string {
  const dir = copySources(prefix);
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Astro's and our caches in node_modules (content store, images, share cards, Vite). */
const CACHES = new Set(['.astro', '.cache', '.vite']);

/**
 * A copy like copyProject() whose node_modules is a folder of links to every package except the caches: its
 * builds start cold and their caches (a 10,000-article content store, say) never land in ours. For benchmarks.
 */
export function isolatedCopy(prefix = 'asskomm-bench-'): string {
  const dir = copySources(prefix);
  const nm = path.join(dir, 'node_modules');
  mkdirSync(nm);
  for (const entry of readdirSync(path.join(projectRoot, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(path.join(projectRoot, 'node_modules', entry), path.join(nm, entry));
  }
  return dir;
}

/**
 * Variables vitest puts into process.env (the test run's import.meta.env, NODE_ENV=test). A build started
 * from a test must not inherit them: Astro reads BASE_URL, SITE, MODE … from the environment, and a test
 * build would silently differ from the real one (e.g. BASE_URL=/ overriding BASE_PATH).
 */
const TEST_RUN_VARIABLES = ['ASSETS_PREFIX', 'BASE_URL', 'DEV', 'MODE', 'NODE_ENV', 'PROD', 'SITE', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

/** Runs an npm script in `cwd` on the project's own Node (npm puts node_modules/.bin first on PATH). */
export function npmRun(cwd: string, script: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUN_VARIABLES.includes(key)));
  return spawnSync('npm', ['run', '--silent', script], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Deletes a test's temporary folders (copies, builds); one that was never made is skipped. */
export function removeDirs(...dirs: (string | undefined)[]): void {
  for (const dir of dirs) if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Builds the site in `cwd` (OUT_DIR, BUILD_DATE … in `env`); a failed build throws with its output, `what` names it. */
export function buildSite(cwd: string, env: Record<string, string>, what = 'Build'): SpawnSyncReturns<string> {
  const result = npmRun(cwd, 'build', env);
  if (result.status !== 0) throw new Error(`${what} fehlgeschlagen:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * GitHub Pages as .github/workflows/deploy.yml publishes the site there: under a sub-path, the CSP in each
 * page (no headers), and the CMS set up for the GitHub backend (docs/cms-setup.md; nothing is contacted
 * before login).
 */
export const GITHUB_PAGES = {
  base: '/asskomm/',
  cms: { CMS_BACKEND: 'github', CMS_REPO: 'lpr-sachsen/asskomm-website', CMS_BASE_URL: 'https://oauth.asskomm.example' },
} as const;

/** Builds the site for GitHub Pages into `<root>/asskomm/` of a new temporary folder, the host's root. */
export function buildForGitHubPages(prefix: string): { root: string; siteDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  const siteDir = path.join(root, GITHUB_PAGES.base);
  mkdirSync(siteDir, { recursive: true });
  buildSite(projectRoot, { OUT_DIR: siteDir, BASE_PATH: GITHUB_PAGES.base, CSP_META: '1', ...GITHUB_PAGES.cms }, `Build für GitHub Pages (BASE_PATH=${GITHUB_PAGES.base}, CSP_META=1)`);
  return { root, siteDir };
}
