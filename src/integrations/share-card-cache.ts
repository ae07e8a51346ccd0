/**
 * Keeps the share-card cache (node_modules/.cache/og, see src/lib/og/render.ts) to the cards the site has:
 * after a build, every cached card this build neither drew nor read is deleted. CI keeps this folder
 * between runs (.github/workflows/deploy.yml), so it must not grow with every changed title.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultCacheDir, pruneShareCardCache } from '../lib/og/render.ts';

/** File times may be coarse (whole seconds on some file systems): cards from just before the start stay. */
const MARGIN_MS = 2_000;

export default function shareCardCache(): AstroIntegration {
  let root = process.cwd();
  let started = new Date();
  return {
    name: 'share-card-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        started = new Date(Date.now() - MARGIN_MS);
      },
      'astro:build:done': async ({ logger }) => {
        const pruned = await pruneShareCardCache(started, defaultCacheDir(root));
        if (pruned > 0) logger.info(`${pruned} nicht mehr gebrauchte Vorschaubilder aus dem Cache gelöscht.`);
      },
    },
  };
}
