// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';
import decapCms from './src/integrations/decap.ts';
import oldOutput from './src/integrations/old-output.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import shareCardCache from './src/integrations/share-card-cache.ts';
import { STAND_IN_SITE } from './src/lib/deploy/publication.ts';
import { ENCODERS } from './src/lib/images/encoding.ts';

/** Public address of the site; set SITE_URL (and BASE_PATH for a sub-path) when deploying. */
const site = process.env.SITE_URL ?? STAND_IN_SITE;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // OUT_DIR lets tests and benchmarks build into a temporary folder without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Four pages at a time: while one waits for sharp (share cards and photos are drawn on libuv's thread pool,
  // i.e. the second core), the others render. Measured with `npm run bench` (see docs/performance.md).
  // inlineStylesheets "never": component styles are files under /_astro/, never inline, so the CSP allows no
  // inline style at all and a <style> that came in with content stops the build (src/lib/security/own-inline.ts).
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Photos: sharp with encoder settings chosen on measurements (src/lib/images/encoding.ts, scripts/bench-images.ts).
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: ENCODERS } },
  // Astro's dev toolbar (English) would sit over the CMS form in `npm run cms`; the site has no use for it either.
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // Editors' MDX texts in a few bundles of up to 1 MB instead of one module each: with 10,000 articles
          // bundling took 49 s instead of 28 s, and loading 10,000 modules slowed down rendering too. Only
          // the build's server side has these modules; no browser ever loads them.
          codeSplitting: {
            groups: [{ name: 'inhalt', test: /[\\/]content[\\/].*\.mdx/, maxSize: 1_000_000 }],
          },
        },
        // Each MDX file triggers this warning for Astro's own head-injection directive (an open Astro issue);
        // it is harmless. Only this exact warning is dropped; every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    contentGuard(),
    oldOutput(),
    decapCms(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') }),
    securityHeaders(),
    shareCardCache(),
  ],
});
