/**
 * Clears the previous build out of the way without waiting for it. Astro empties the output folder itself,
 * file by file, on the main thread: after a build of 10,000 articles (HTML, share cards, Pagefind's
 * fragments: some 50,000 files) that took 13 s of a rebuild. Instead, when the build starts, the old folder
 * is renamed (instant) and deleted in the background on libuv's thread pool, while Astro bundles and
 * renders; the build waits for the deletion only at its very end.
 *
 * The content check runs before this (astro:config:setup), so a build stopped by bad content leaves the
 * previous output untouched, as before.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function oldOutput(): AstroIntegration {
  let outDir: string | undefined;
  let root = process.cwd();
  let removal: Promise<void> | undefined;
  return {
    name: 'alte-ausgabe',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        if (!outDir || !existsSync(outDir)) return;
        // Never move a folder that holds the project itself (a mistaken OUT_DIR such as "." or "..").
        if (!path.relative(outDir, root).startsWith('..')) return;
        const aside = path.join(path.dirname(outDir), `.${path.basename(outDir)}-alt-${process.pid}-${Date.now()}`);
        await rename(outDir, aside);
        removal = rm(aside, { recursive: true, force: true }).catch((error: unknown) => {
          logger.warn(`Alte Ausgabe ${aside} ließ sich nicht löschen: ${String(error)}`);
        });
      },
      'astro:build:done': async () => {
        await removal;
      },
    },
  };
}
