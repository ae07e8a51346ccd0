/**
 * How photos are encoded: the one home for sizes and encoder settings.
 *
 * astro.config.mjs hands `ENCODERS` to Astro's sharp image service; the components take `PHOTO_WIDTHS`;
 * scripts/bench-images.ts measures exactly these settings against the alternatives.
 */

/** Widths of every photo's srcset, in pixels. 800 is the width a phone and a text column mostly pick. */
export const PHOTO_WIDTHS = [480, 800, 1200, 1600] as const;

/** The width of the photo in JSON-LD (Google asks for at least 1200 px); it is one of PHOTO_WIDTHS. */
export const JSON_LD_WIDTH = 1200;

/** Width of the small thumbnail Pagefind shows beside a search result. */
export const SEARCH_THUMBNAIL_WIDTH = 320;

/** Modern formats first; browsers take the first they support. */
export const PHOTO_FORMATS = ['avif', 'webp'] as const;
export const FALLBACK_FORMAT = 'jpeg';

/**
 * Encoder options for sharp (see sharp's avif(), webp() and jpeg()), chosen with `npm run bench:images`
 * (3000×2000 photo-like images, 800 and 1600 px, CPU time per image, SSIM against the scaled original):
 * each format at about the same quality, SSIM ≈ 0.96 (what JPEG quality 75 with mozjpeg gives), as cheaply as
 * possible. AVIF effort 3 compresses as well as the default effort 4 (36.4 vs 36.3 KB at 800 px, quality 50)
 * at a fifth of the CPU time (0.34 vs 2.0 s); effort 0–2 are faster still but need about 15 % more bytes for
 * the same quality; effort 6 saves another 5 % for 2.5 times the time. Numbers: docs/adr/0002-bilder.md.
 */
export const ENCODERS = {
  avif: { quality: 52, effort: 3 },
  webp: { quality: 77, effort: 2 },
  jpeg: { quality: 75, mozjpeg: true },
} as const;
