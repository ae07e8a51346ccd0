/**
 * Photos, share cards and icons as a visitor gets them: a temporary copy of the project gets an article whose
 * title photo is a 12-megapixel camera-sized JPEG (made at test time, never in our content/), and is built
 * once. Then we look at the files and pages that came out, and at the article in Chromium.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { addPhotoArticles, type PhotoArticle } from './support/photo-articles.ts';
import { buildSite, copyProject } from './support/project.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

let dir: string;
let outDir: string;
let photo: PhotoArticle;

beforeAll(async () => {
  dir = copyProject('asskomm-images-');
  outDir = path.join(dir, 'dist');
  [photo] = (await addPhotoArticles(dir, 1, { width: 4240, height: 2832, seed: 4240 })) as [PhotoArticle];
  buildSite(dir, { OUT_DIR: outDir }, 'Build der Kopie mit Testfoto');
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---- small helpers to read the built HTML ----

function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(root, f));
}

/** Attributes of one start tag, e.g. attributesOf('<img src="a" alt="">') → { src: 'a', alt: '' }. */
function attributesOf(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.replace(/^<\w+/, '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => attributesOf(m[0]));
const page = (urlPath: string) => readFileSync(path.join(outDir, urlPath, 'index.html'), 'utf8');
/** A root-relative or absolute URL of the built site → the file in outDir. */
const fileOf = (url: string) => path.join(outDir, decodeURIComponent(new URL(url, 'https://asskomm.example').pathname));
const articlePath = () => `/aktuelles/${photo.id}/`;

function heroImg(html: string) {
  const figure = /<figure\b[^>]*>[\s\S]*?<\/figure>/.exec(html.slice(html.indexOf('<main')))?.[0] ?? '';
  return { figure, img: tags(figure, 'img')[0], sources: tags(figure, 'source') };
}

function srcsetEntries(srcset: string): { url: string; width: number }[] {
  return srcset.split(',').map((s) => {
    const [url, w] = s.trim().split(/\s+/);
    return { url: url!, width: Number(w!.replace('w', '')) };
  });
}

// ---- the photo ----

describe('the title photo of an article', () => {
  it('comes as AVIF and WebP with a JPEG fallback, in several widths, with sizes', () => {
    const { img, sources } = heroImg(page(articlePath()));
    expect(sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    for (const s of sources) {
      expect(srcsetEntries(s.srcset!).map((e) => e.width)).toEqual([480, 800, 1200, 1600]);
      expect(s.sizes).toBeTruthy();
    }
    expect(img?.src).toMatch(/\.jpe?g$/);
    expect(img?.sizes).toBeTruthy();
  });

  it('is at most 100 KB as an 800-px-wide AVIF', async () => {
    const avif = heroImg(page(articlePath())).sources.find((s) => s.type === 'image/avif')!;
    const entry = srcsetEntries(avif.srcset!).find((e) => e.width === 800)!;
    const file = fileOf(entry.url);
    const meta = await sharp(file).metadata();
    expect([meta.format, meta.width]).toEqual(['heif', 800]);
    expect(meta.compression).toBe('av1');
    expect(statSync(file).size).toBeLessThanOrEqual(100 * 1024);
  });

  it('loads at once and first (eager, fetchpriority high)', () => {
    const { img } = heroImg(page(articlePath()));
    expect(img?.loading).toBe('eager');
    expect(img?.fetchpriority).toBe('high');
    expect(img?.alt).toBe(photo.alt);
  });

  it('never puts the 12-megapixel original (or anything wider than 1600 px) online', async () => {
    const made = readdirSync(path.join(outDir, '_astro')).filter((f) => f.startsWith(photo.id));
    expect(made.length).toBeGreaterThan(0);
    for (const f of made) {
      const { width } = await sharp(path.join(outDir, '_astro', f)).metadata();
      expect(width, f).toBeLessThanOrEqual(1600);
    }
  });

  it('gives Pagefind a small thumbnail instead of the big fallback', async () => {
    const { figure } = heroImg(page(articlePath()));
    const meta = attributesOf(/<figure\b[^>]*>/.exec(figure)![0])['data-pagefind-meta'] ?? '';
    expect(meta).toMatch(/^image:/);
    expect((await sharp(fileOf(meta.slice('image:'.length))).metadata()).width).toBe(320);
  });

  it('carries caption and credit in the JSON-LD', () => {
    const html = page(articlePath());
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => [JSON.parse(m[1]!)].flat());
    const news = blocks.find((b) => b['@type'] === 'NewsArticle');
    const image = [news?.image].flat()[0];
    expect(image).toMatchObject({
      '@type': 'ImageObject',
      caption: photo.caption,
      creditText: photo.credit.replace(/^©\s*/, ''),
      copyrightNotice: photo.credit,
    });
    expect(existsSync(fileOf(image.contentUrl))).toBe(true);
  });
});

describe('the article in a browser', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(outDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows the photo, and caption and credit under it', async () => {
    const browser = await launchBrowser();
    try {
      const tab = await browser.context.newPage();
      await tab.goto(`${server.url}${articlePath()}`);
      const img = tab.getByRole('img', { name: photo.alt });
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
      // Chromium picks the AVIF.
      expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\.avif$/);
      const credit = tab.getByText(`Foto: ${photo.credit}`, { exact: true });
      const caption = tab.getByText(photo.caption, { exact: true });
      await expect.poll(() => credit.isVisible()).toBe(true);
      const [imgBox, creditBox, captionBox] = await Promise.all([img.boundingBox(), credit.boundingBox(), caption.boundingBox()]);
      expect(creditBox!.y).toBeGreaterThanOrEqual(imgBox!.y + imgBox!.height);
      expect(captionBox!.y).toBeGreaterThanOrEqual(imgBox!.y + imgBox!.height);
      // Width and height keep the space free before the image arrives: the box has the photo's shape.
      expect(imgBox!.width / imgBox!.height).toBeCloseTo(4240 / 2832, 1);
    } finally {
      await browser.close();
    }
  });
});

// ---- every page ----

describe('every image on every page', () => {
  it('has width, height and alt', () => {
    const missing: string[] = [];
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      for (const img of tags(readFileSync(file, 'utf8'), 'img')) {
        for (const a of ['width', 'height', 'alt']) {
          if (img[a] === undefined) missing.push(`${path.relative(outDir, file)}: <img src="${img.src}"> ohne ${a}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('is lazy except the title photo', () => {
    const eager: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      const hero = heroImg(html).img;
      for (const img of tags(html, 'img')) {
        if (img.loading !== 'lazy' && img.src !== hero?.src) eager.push(`${path.relative(outDir, file)}: ${img.src}`);
      }
    }
    expect(eager).toEqual([]);
  });
});

// ---- share cards ----

describe('share cards', () => {
  const ids = (folder: string, ext: string) =>
    readdirSync(path.join(dir, 'content', folder))
      .filter((f) => f.endsWith(ext))
      .map((f) => f.slice(0, -ext.length));

  it.each([
    ['aktuelles', 'articles', '.mdx'],
    ['termine', 'events', '.yaml'],
  ])('every page below /%s/ has og:image pointing at its own 1200×630 card', async (section, folder, ext) => {
    const list = ids(folder, ext);
    expect(list.length).toBeGreaterThan(0);
    for (const id of list) {
      const html = page(`/${section}/${id}/`);
      const og = tags(html, 'meta').find((m) => m.property === 'og:image')?.content;
      expect(og, `${section}/${id}`).toMatch(new RegExp(`^https?://.+/og/${section}/${id}\\.png$`));
      const meta = await sharp(fileOf(og!)).metadata();
      expect([meta.format, meta.width, meta.height], og).toEqual(['png', 1200, 630]);
      expect(tags(html, 'meta').find((m) => m.name === 'twitter:card')?.content).toBe('summary_large_image');
    }
  });

  it.each([
    ['kampagnen', 'campaigns', '.mdx'],
    ['kommunen', 'towns', '.yaml'],
  ])('exist for every entry of /%s/ as 1200×630 PNG', async (section, folder, ext) => {
    for (const id of ids(folder, ext)) {
      const meta = await sharp(path.join(outDir, 'og', section, `${id}.png`)).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 630]);
    }
  });
});

// ---- icons ----

describe('favicon and app icons', () => {
  it.each([
    ['apple-touch-icon.png', 180],
    ['icon-192.png', 192],
    ['icon-512.png', 512],
  ])('%s is a %i-px PNG', async (file, size) => {
    const meta = await sharp(path.join(outDir, file)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
  });

  it('has favicon.ico and favicon.svg', async () => {
    const ico = readFileSync(path.join(outDir, 'favicon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon file
    expect((await sharp(path.join(outDir, 'favicon.svg')).metadata()).format).toBe('svg');
  });

  it('has a manifest whose icons exist', () => {
    const manifest = JSON.parse(readFileSync(path.join(outDir, 'site.webmanifest'), 'utf8'));
    expect(manifest.lang).toBe('de');
    for (const icon of manifest.icons) expect(existsSync(fileOf(icon.src)), icon.src).toBe(true);
  });

  it('are linked from every page of the site (the CMS at /admin/ has its own head)', () => {
    const unlinked: string[] = [];
    for (const file of htmlFiles(outDir).filter((f) => !path.relative(outDir, f).startsWith('admin/'))) {
      const links = tags(readFileSync(file, 'utf8'), 'link');
      const rels = new Set(links.map((l) => l.rel));
      if (!rels.has('icon') || !rels.has('apple-touch-icon') || !rels.has('manifest')) unlinked.push(path.relative(outDir, file));
    }
    expect(unlinked).toEqual([]);
  });
});
