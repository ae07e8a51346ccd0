/**
 * Articles with large title photos, written into a temporary project copy (never into our content/): the
 * photos are made by sharp at test time (tests/support/synthetic-photo.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticPhoto } from './synthetic-photo.ts';

export interface PhotoArticle {
  id: string;
  title: string;
  alt: string;
  caption: string;
  credit: string;
  photoBytes: number;
}

export interface PhotoArticleOptions {
  width: number;
  height: number;
  /** Seeds differ per photo so no two files are the same. */
  seed?: number;
  /** Keep made photos here and reuse them (benchmarks make hundreds). */
  photoCache?: string;
}

async function photoFor(o: PhotoArticleOptions, seed: number): Promise<Buffer> {
  const cached = o.photoCache && path.join(o.photoCache, `${o.width}x${o.height}-${seed}.jpg`);
  if (cached && existsSync(cached)) return readFileSync(cached);
  const photo = await syntheticPhoto({ width: o.width, height: o.height, seed });
  if (cached) {
    mkdirSync(o.photoCache!, { recursive: true });
    writeFileSync(cached, photo);
  }
  return photo;
}

/** Writes `count` articles, each with its own photo in content/media/, below the project copy `dir`. */
export async function addPhotoArticles(dir: string, count: number, o: PhotoArticleOptions): Promise<PhotoArticle[]> {
  const media = path.join(dir, 'content', 'media');
  const articles = path.join(dir, 'content', 'articles');
  mkdirSync(media, { recursive: true });
  mkdirSync(articles, { recursive: true });
  const made: PhotoArticle[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `testartikel-foto-${i}`;
    const photo = await photoFor(o, (o.seed ?? 1000) + i);
    writeFileSync(path.join(media, `${id}.jpg`), photo);
    const a: PhotoArticle = {
      id,
      title: `Testartikel mit Foto ${i}`,
      alt: `Erzeugtes Testbild ${i}: farbige Flächen und Linien`,
      caption: `Bildunterschrift zum Testbild ${i}`,
      credit: `© Testfotografin ${i}`,
      photoBytes: photo.length,
    };
    const day = String((i % 28) + 1).padStart(2, '0');
    writeFileSync(
      path.join(articles, `${id}.mdx`),
      [
        '---',
        `title: ${a.title}`,
        'genre: Pressemitteilung',
        `date: "2024-03-${day}"`,
        'lead: Ein Artikel mit einem großen Foto, erzeugt für die Tests der Bildverarbeitung.',
        'hero:',
        `  src: ../media/${id}.jpg`,
        `  alt: "${a.alt}"`,
        `  caption: ${a.caption}`,
        `  credit: "${a.credit}"`,
        'topics: []',
        '---',
        '',
        'Ein kurzer Text unter dem Foto.',
        '',
      ].join('\n'),
    );
    made.push(a);
  }
  return made;
}
