/**
 * Favicon, app icons and web manifest, all made at build time from the one ASSKomm mark
 * (src/assets/brand/asskomm-mark.svg). No icon file is kept in the repository.
 */
import sharp from 'sharp';
import mark from '../../assets/brand/asskomm-mark.svg?raw';
import { pngsToIco } from './ico.ts';

/** Saxon green of the mark (KERN green-700), also the browser's theme colour. */
export const BRAND_GREEN = '#005916';

export const ICON_FILES = ['favicon.svg', 'favicon.ico', 'apple-touch-icon.png', 'icon-192.png', 'icon-512.png'] as const;
export type IconFile = (typeof ICON_FILES)[number];

/** The mark as SVG text (for the favicon and the share cards). */
export const MARK_SVG: string = mark;

/** The mark as a square PNG; `fullBleed` fills the rounded corners (iOS rounds the corners itself). */
export async function markPng(size: number, fullBleed = false): Promise<Buffer> {
  // Rendered at a density that gives at least `size` pixels, then scaled: sharp draws SVG at 72 dpi by default.
  const density = Math.max(72, Math.ceil((72 * size) / 512));
  let image = sharp(Buffer.from(MARK_SVG), { density }).resize(size, size);
  if (fullBleed) image = image.flatten({ background: BRAND_GREEN });
  return image.png({ compressionLevel: 9 }).toBuffer();
}

/** The bytes and type of one icon file. */
export async function iconFile(name: IconFile): Promise<{ body: Buffer; type: string }> {
  switch (name) {
    case 'favicon.svg':
      return { body: Buffer.from(MARK_SVG), type: 'image/svg+xml' };
    case 'favicon.ico': {
      const sizes = [16, 32, 48];
      const pngs = await Promise.all(sizes.map((s) => markPng(s)));
      return { body: pngsToIco(sizes.map((size, i) => ({ size, png: pngs[i]! }))), type: 'image/x-icon' };
    }
    case 'apple-touch-icon.png':
      return { body: await markPng(180, true), type: 'image/png' };
    case 'icon-192.png':
      return { body: await markPng(192), type: 'image/png' };
    case 'icon-512.png':
      return { body: await markPng(512), type: 'image/png' };
  }
}

/** An endpoint's answer for an icon file. */
export async function iconResponse(name: IconFile): Promise<Response> {
  const { body, type } = await iconFile(name);
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': type } });
}

export interface ManifestInput {
  siteName: string;
  shortName: string;
  /** The site's base path, e.g. "/" or "/asskomm/". */
  base: string;
}

/** The web app manifest (site.webmanifest). */
export function webManifest({ siteName, shortName, base }: ManifestInput): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return JSON.stringify(
    {
      name: `${siteName} (${shortName})`,
      short_name: shortName,
      lang: 'de',
      dir: 'ltr',
      start_url: root,
      scope: root,
      display: 'browser',
      background_color: '#ffffff',
      theme_color: BRAND_GREEN,
      icons: [
        { src: `${root}icon-192.png`, sizes: '192x192', type: 'image/png' },
        { src: `${root}icon-512.png`, sizes: '512x512', type: 'image/png' },
      ],
    },
    null,
    2,
  );
}
