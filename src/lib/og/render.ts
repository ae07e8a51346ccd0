/**
 * Renders share cards to PNG with sharp, once: every card is kept in a cache folder under the name of a hash
 * of its SVG (which holds every input: texts, template, font outlines) plus TEMPLATE_VERSION and the PNG
 * settings. An unchanged card is read back on the next build instead of being rendered again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { shareCardSvg, TEMPLATE_VERSION, type ShareCardContent } from './template.ts';

/** 256 colours are plenty for a few flat colours with smooth letter edges; half the bytes of a full PNG. */
const PNG_OPTIONS = { compressionLevel: 9, palette: true } as const;

/** node_modules/.cache/og of the project being built (Astro always runs in the project folder). */
export function defaultCacheDir(): string {
  return path.join(process.cwd(), 'node_modules', '.cache', 'og');
}

export function cacheKey(svg: string): string {
  return createHash('sha256')
    .update(`${TEMPLATE_VERSION}\n${JSON.stringify(PNG_OPTIONS)}\n${svg}`)
    .digest('hex')
    .slice(0, 32);
}

export interface RenderedCard {
  png: Buffer;
  /** True when the card came from the cache. */
  cached: boolean;
}

export async function renderShareCard(card: ShareCardContent, cacheDir = defaultCacheDir()): Promise<RenderedCard> {
  const svg = shareCardSvg(card);
  const file = path.join(cacheDir, `${cacheKey(svg)}.png`);
  try {
    return { png: await readFile(file), cached: true };
  } catch {
    // Not rendered yet.
  }
  const png = await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
  await mkdir(cacheDir, { recursive: true });
  // Write under a unique name, then rename: a parallel build never reads half a file.
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
  return { png, cached: false };
}
