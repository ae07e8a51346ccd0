import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BRAND_GREEN, iconFile, ICON_FILES, webManifest } from './icons.ts';

const pixel = async (png: Buffer, x: number, y: number) => {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * 4;
  return [...data.subarray(i, i + 4)];
};
const hex = (rgb: number[]) => `#${rgb.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;

describe('icons from the one mark', () => {
  it.each([
    ['apple-touch-icon.png', 180],
    ['icon-192.png', 192],
    ['icon-512.png', 512],
  ] as const)('%s is a %i-px square PNG', async (name, size) => {
    const { body, type } = await iconFile(name);
    expect(type).toBe('image/png');
    const meta = await sharp(body).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
  });

  it('shows the green mark with white letters', async () => {
    const { body } = await iconFile('icon-512.png');
    expect(hex(await pixel(body, 256, 60))).toBe(BRAND_GREEN); // above the letters
    expect(hex(await pixel(body, 290, 256))).toBe('#ffffff'); // the stem of the K
  });

  it('keeps transparent corners on app icons but fills them on the Apple icon (iOS rounds it itself)', async () => {
    expect((await pixel((await iconFile('icon-192.png')).body, 0, 0))[3]).toBe(0);
    const apple = await pixel((await iconFile('apple-touch-icon.png')).body, 0, 0);
    expect([hex(apple), apple[3]]).toEqual([BRAND_GREEN, 255]);
  });

  it('packs 16, 32 and 48 px into favicon.ico', async () => {
    const { body, type } = await iconFile('favicon.ico');
    expect(type).toBe('image/x-icon');
    expect(body.readUInt16LE(4)).toBe(3);
    expect([0, 1, 2].map((i) => body.readUInt8(6 + 16 * i))).toEqual([16, 32, 48]);
  });

  it('serves the mark itself as favicon.svg', async () => {
    const { body, type } = await iconFile('favicon.svg');
    expect(type).toBe('image/svg+xml');
    expect((await sharp(body).metadata()).format).toBe('svg');
  });

  it('lists every file', () => {
    expect(ICON_FILES).toHaveLength(5);
  });
});

describe('webManifest', () => {
  it('names the site and points at the icons below the base path', () => {
    const m = JSON.parse(webManifest({ siteName: 'Allianz Sichere Sächsische Kommunen', shortName: 'ASSKomm', base: '/asskomm' }));
    expect(m.name).toBe('Allianz Sichere Sächsische Kommunen (ASSKomm)');
    expect(m.short_name).toBe('ASSKomm');
    expect(m.lang).toBe('de');
    expect(m.start_url).toBe('/asskomm/');
    expect(m.icons.map((i: { src: string; sizes: string }) => `${i.src} ${i.sizes}`)).toEqual([
      '/asskomm/icon-192.png 192x192',
      '/asskomm/icon-512.png 512x512',
    ]);
  });
});
