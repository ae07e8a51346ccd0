/**
 * Which files of the prebuilt Decap CMS package (`decap-cms`, React included) /admin/ serves from our
 * own origin: the bundle, the lazy chunks it loads from its own folder, and its WebAssembly. Source maps
 * (25 MB) and the duplicate `cms.js` build stay behind.
 */
export function isDecapAsset(name: string): boolean {
  return /^(?:decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/.test(name);
}

export function contentTypeOf(name: string): string {
  if (name.endsWith('.wasm')) return 'application/wasm';
  if (name.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return 'text/javascript; charset=utf-8';
}
