/**
 * Serves the prebuilt Decap CMS bundle at /admin/ from our own origin (no CDN): copied into the build
 * output after `astro build`, streamed from node_modules by `astro dev`. The page itself is
 * src/pages/admin/index.astro.
 */
import { copyFileSync, createReadStream, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentTypeOf, isDecapAsset } from '../lib/cms/assets.ts';
import { cmsSetupFromEnv } from '../lib/cms/backend.ts';
import { SITE_PREVIEW_ROUTE } from '../lib/cms/site-preview-route.ts';

const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

export default function decapCms(): AstroIntegration {
  let prefix = '/admin/';
  return {
    name: 'decap-cms',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, injectRoute }) => {
        prefix = `${config.base.replace(/\/+$/, '')}/admin/`;
        // A wrong CMS setting (e.g. CMS_LOCAL_BACKEND in a build for publication) stops the build before any page is rendered.
        if (command === 'build') cmsSetupFromEnv(process.env);
        // admin/init.ts needs `yaml` in the browser; pre-bundled, the dev server does not reload /admin/
        // halfway through the first visit to add it.
        if (command === 'dev') updateConfig({ vite: { optimizeDeps: { include: ['yaml'] } } });
        // `npm run cms` only: the preview drawn by the site's own components (rendered on request by the dev
        // server; a static build has no such route and keeps the preview drawn in the browser).
        if (command === 'dev' && process.env.CMS_LOCAL_BACKEND) {
          injectRoute({ pattern: SITE_PREVIEW_ROUTE, entrypoint: './src/lib/cms/site-preview.astro', prerender: false });
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const pathname = new URL(req.url ?? '/', 'http://x').pathname;
          const name = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
          if (!isDecapAsset(name)) return next();
          res.setHeader('content-type', contentTypeOf(name));
          createReadStream(path.join(dist, name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        // Without a set-up /admin/ only tells editors whom to ask: the 6 MB bundle would be dead weight.
        if (!cmsSetupFromEnv(process.env).ready) {
          logger.info('CMS nicht eingerichtet: Decap CMS wird nicht kopiert.');
          return;
        }
        const target = path.join(fileURLToPath(dir), 'admin');
        mkdirSync(target, { recursive: true });
        const files = readdirSync(dist).filter(isDecapAsset);
        for (const f of files) copyFileSync(path.join(dist, f), path.join(target, f));
        logger.info(`Decap CMS nach admin/ kopiert (${files.length} Dateien).`);
      },
    },
  };
}
