/**
 * Renders share cards to PNG with sharp, once: every card is kept in a cache folder under a hash of what it
 * says (its texts) and of the template itself, and is read back on the next build instead of being rendered
 * again. The key is computed without drawing the card: with 10,000 articles, building every SVG only to hash
 * it took longer than reading the cached PNGs.
 *
 * "The template itself" is TEMPLATE_VERSION, the PNG settings and the SVG of a few sample cards (fonts,
 * colours, layout, mark): a change to any of them gives every card a new key, even if nobody bumped the version.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { shareCardSvg, TEMPLATE_VERSION, type ShareCardContent } from './template.ts';

/**
 * Full-colour PNG, zlib level 6. Measured on this machine (1200×630, 40 cards): about 7 ms a card with four
 * cards in flight, 58 KB; a 256-colour palette halves the file (28 KB) but quantising costs 40–85 ms a card,
 * which for 12,000 cards is most of a cold build.
 */
const PNG_OPTIONS = { compressionLevel: 6 } as const;

/** node_modules/.cache/og of the project being built (Astro always runs in the project folder). */
export function defaultCacheDir(root = process.cwd()): string {
  return path.join(root, 'node_modules', '.cache', 'og');
}

const SAMPLES: ShareCardContent[] = [
  { eyebrow: 'Aktuelles', title: 'Äpfel, Öfen & Übermut: ein Titel, der über drei Zeilen läuft, damit jede Zeile der Vorlage gezeichnet wird', meta: '9. August 2023', brand: { shortName: 'ASSKomm', siteName: 'Allianz Sichere Sächsische Kommunen' } },
  { eyebrow: 'Stadt', title: 'Heidenau', brand: { shortName: 'ASSKomm', siteName: 'Allianz Sichere Sächsische Kommunen' } },
];

let templateFingerprint: string | undefined;

/** A hash of the template as it draws today (computed once per build). */
function fingerprint(): string {
  templateFingerprint ??= createHash('sha256')
    .update(`${TEMPLATE_VERSION}\n${JSON.stringify(PNG_OPTIONS)}\n${sharp.versions.vips}\n`)
    .update(SAMPLES.map(shareCardSvg).join('\n'))
    .digest('hex');
  return templateFingerprint;
}

/** JSON with the keys of every object sorted, so the same card always gives the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The card's name in the cache: everything it says plus the template's fingerprint. */
export function cacheKey(card: ShareCardContent): string {
  return createHash('sha256').update(`${fingerprint()}\n${stableJson(card)}`).digest('hex').slice(0, 32);
}

export interface RenderedCard {
  png: Buffer;
  /** True when the card came from the cache. */
  cached: boolean;
}

export async function renderShareCard(card: ShareCardContent, cacheDir = defaultCacheDir()): Promise<RenderedCard> {
  const file = path.join(cacheDir, `${cacheKey(card)}.png`);
  try {
    const png = await readFile(file);
    // Marks the card as used by this build; pruneShareCardCache() deletes the ones no build used.
    const now = new Date();
    await utimes(file, now, now);
    return { png, cached: true };
  } catch {
    // Not rendered yet (or just pruned by a parallel build: then it is drawn again).
  }
  const png = await sharp(Buffer.from(shareCardSvg(card))).png(PNG_OPTIONS).toBuffer();
  await mkdir(cacheDir, { recursive: true });
  // Write under a unique name, then rename: a parallel build never reads half a file.
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
  return { png, cached: false };
}

/**
 * Deletes the cached cards that were neither drawn nor read since `since` (the start of a build): cards
 * of changed titles, deleted entries or an older template. Without this the cache would only grow (with
 * 10,000 articles every template change would add another 700 MB). Returns how many files went.
 */
export async function pruneShareCardCache(since: Date, cacheDir = defaultCacheDir()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch {
    return 0;
  }
  let pruned = 0;
  for (const name of names) {
    const file = path.join(cacheDir, name);
    try {
      if ((await stat(file)).mtimeMs < since.getTime()) {
        await rm(file, { force: true });
        pruned++;
      }
    } catch {
      // Gone meanwhile (a parallel build pruned it too).
    }
  }
  return pruned;
}
