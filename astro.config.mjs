// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';

/** Public address of the site; set SITE_URL (and BASE_PATH for a sub-path) when deploying. */
const site = process.env.SITE_URL ?? 'https://asskomm.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // OUT_DIR lets tests and benchmarks build into a temporary folder without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx(), sitemap({ filter: (page) => !page.includes('/admin/') })],
});
