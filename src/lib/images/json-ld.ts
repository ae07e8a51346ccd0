/**
 * A photo for structured data: schema.org ImageObject with caption and credit, so search engines show
 * who took it (Google reads `creditText` and `copyrightNotice`).
 *
 *   const jsonLd = { '@type': 'NewsArticle', …, image: hero ? [await imageJsonLd(hero, Astro.site)] : undefined };
 */
import { getImage } from 'astro:assets';
import { creditName } from './credit.ts';
import { FALLBACK_FORMAT, JSON_LD_WIDTH } from './encoding.ts';
import type { Photo } from './photo.ts';

export interface ImageObject {
  '@type': 'ImageObject';
  url: string;
  contentUrl: string;
  width: number;
  height: number;
  caption: string;
  creditText: string;
  copyrightNotice: string;
}

/** The ImageObject for an image file that is already at `url` (absolute) in the given size. */
export function imageObject(o: { url: string; width: number; height: number; caption: string; credit: string }): ImageObject {
  return {
    '@type': 'ImageObject',
    url: o.url,
    contentUrl: o.url,
    width: o.width,
    height: o.height,
    caption: o.caption,
    creditText: creditName(o.credit),
    copyrightNotice: o.credit.trim(),
  };
}

/**
 * The ImageObject for a photo: a 1200-px JPEG (the same file the photo's fallback srcset already has, so
 * nothing extra is encoded; smaller originals are never enlarged) at its absolute address on `site`.
 */
export async function imageJsonLd(photo: Photo, site: URL | string | undefined): Promise<ImageObject> {
  if (!site) throw new Error('imageJsonLd braucht die Adresse der Website (Astro.site, in astro.config.mjs „site“).');
  // A one-entry srcset gives the exact size: Astro caps it at the original's width.
  const image = await getImage({ src: photo.src, widths: [JSON_LD_WIDTH], format: FALLBACK_FORMAT });
  const file = image.srcSet.values.at(-1);
  if (!file?.transform.width || !file.transform.height) throw new Error('imageJsonLd: Astro hat keine Bildgröße geliefert.');
  return imageObject({
    url: new URL(file.url, site).href,
    width: file.transform.width,
    height: file.transform.height,
    caption: photo.caption,
    credit: photo.credit,
  });
}
