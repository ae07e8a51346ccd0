/**
 * /robots.txt: everything may be indexed except the editors' CMS; the sitemap is named with its full
 * address, which depends on SITE_URL and BASE_PATH (so this is generated, not a file in public/).
 */
import type { APIRoute } from 'astro';
import { href } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', `Disallow: ${href('/admin/')}`];
  if (site) lines.push('', `Sitemap: ${new URL(href('/sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
