/** Paths and commands shared by the site tests. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const COPIED = ['src', 'content', 'public', 'admin', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A throw-away copy of the project (node_modules linked, not copied) for builds that must not touch ours. */
export function copyProject(prefix = 'asskomm-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of COPIED) {
    cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs an npm script in `cwd` on the project's own Node (npm puts node_modules/.bin first on PATH). */
export function npmRun(cwd: string, script: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', '--silent', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}
