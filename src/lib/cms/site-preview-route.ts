/** Where `npm run cms` answers the preview drawn by the site's components (site-preview.astro), and for which collection. */
export const SITE_PREVIEW_ROUTE = '/vorschau/[collection]';

/** The preview's address for one collection under the site's base path (with the site's trailing slash). */
export function sitePreviewPath(base: string, collection: string): string {
  return `${base.replace(/\/?$/, '/')}vorschau/${collection}/`;
}
