import type { ImageMetadata } from 'astro';

/**
 * A photo as the content model stores it (`image()` in src/model/fields.ts): the file, processed by
 * astro:assets, with its required alternative text, caption and credit.
 *
 * Never read properties of `src` (width, height, src …) in our code: Astro then counts the original as used
 * and copies the full camera file (megabytes) into the output. Ask getImage() instead, which reads a copy.
 */
export interface Photo {
  src: ImageMetadata;
  alt: string;
  caption: string;
  credit: string;
}
