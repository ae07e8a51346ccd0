/** /site.webmanifest: name, colours and app icons (src/lib/images/icons.ts). */
import type { APIRoute } from 'astro';
import { getSettings } from '../model/store.ts';
import { webManifest } from '../lib/images/icons.ts';

export const GET: APIRoute = async () => {
  const { siteName, shortName } = await getSettings();
  const body = webManifest({ siteName, shortName, base: import.meta.env.BASE_URL });
  return new Response(body, { headers: { 'Content-Type': 'application/manifest+json' } });
};
