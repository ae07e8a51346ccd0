/**
 * Builds the real site once for all site tests (into a temporary folder, never dist/) and serves it
 * on 127.0.0.1. Tests read `inject('siteDir')` and `inject('siteUrl')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { npmRun, projectRoot } from '../support/project.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

let server: StaticServer | undefined;
let outDir: string | undefined;

export async function setup(project: TestProject) {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'asskomm-site-'));
  const started = Date.now();
  const result = npmRun(projectRoot, 'build', { OUT_DIR: outDir });
  if (result.status !== 0) {
    throw new Error(`Der Build für die Tests ist fehlgeschlagen:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`[site] gebaut in ${((Date.now() - started) / 1000).toFixed(1)} s → ${outDir}`);
  server = await serveStatic(outDir);
  project.provide('siteDir', outDir);
  project.provide('siteUrl', server.url);
}

export async function teardown() {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
