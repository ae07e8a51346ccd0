/**
 * The build is reproducible: a second build of the same sources (same BUILD_DATE, pinned in vitest.config.ts)
 * gives byte-identical files, except those listed with a reason in tests/quality-exceptions.ts. A deploy then
 * changes only what the content changed, and a diff of two builds is a review tool.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { npmRun, projectRoot } from '../support/project.ts';
import { nondeterministicFiles } from '../quality-exceptions.ts';
import { diffTrees, fileHashes, withoutAllowed } from './lib/tree-diff.ts';

const siteDir = inject('siteDir');
const secondDir = mkdtempSync(path.join(os.tmpdir(), 'asskomm-determinism-'));

afterAll(() => rmSync(secondDir, { recursive: true, force: true }));

it('two builds of the same sources give identical files', { timeout: 900_000 }, () => {
  expect(process.env.BUILD_DATE, 'BUILD_DATE ist festgelegt').toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const result = npmRun(projectRoot, 'build', { OUT_DIR: secondDir });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

  const first = fileHashes(siteDir);
  const second = fileHashes(secondDir);
  expect(first.size).toBeGreaterThan(0);
  const allowed = Object.keys(nondeterministicFiles);
  for (const pattern of allowed) {
    const matches = [...first.keys()].some((f) => (pattern.endsWith('*') ? f.startsWith(pattern.slice(0, -1)) : f === pattern));
    expect(matches, `Ausnahme „${pattern}“ passt auf keine Datei mehr`).toBe(true);
  }
  expect(withoutAllowed(diffTrees(first, second), allowed)).toEqual({ changed: [], onlyInFirst: [], onlyInSecond: [] });
});
