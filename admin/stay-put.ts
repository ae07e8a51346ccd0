/**
 * In `npm run cms`, /admin/ runs on `astro dev`. Every save changes a file in content/, and the dev server
 * then tells every open page to reload: an editor with a second CMS tab would lose what she typed there.
 * The CMS never needs such a reload (Decap loads entries itself), so /admin/ declines it. Vite's client
 * reloads a page for a "full-reload" naming an .html path only when that path is the page's own; the listener
 * runs before that decision and gives the reload a path that is never /admin/. In a build (the published
 * CMS) there is no dev server and `import.meta.hot` is undefined.
 */
export function stayPutOnContentChanges(): void {
  import.meta.hot?.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/nicht-die-redaktion.html';
  });
}
