/**
 * Share cards (Open Graph images, 1200×630 PNG) at /og/<kind>/<id>.png, rendered at build time from the one
 * template in src/lib/og/ (and on request in `astro dev`). An endpoint rather than an integration: it reads
 * the content through the same data layer as the pages, so cards and pages always agree.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allShareCards, type ShareCardEntry } from '../../../model/share-cards-collect.ts';
import { renderShareCard } from '../../../lib/og/render.ts';

export const getStaticPaths = (async () =>
  (await allShareCards()).map(({ kind, id, card }) => ({ params: { kind, id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Pick<ShareCardEntry, 'card'>> = async ({ props }) => {
  const { png } = await renderShareCard(props.card);
  // The buffer itself, not a copy: with 12,000 cards every copy of ~60 KB counts.
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
