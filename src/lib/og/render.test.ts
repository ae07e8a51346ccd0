import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, pruneShareCardCache, renderShareCard } from './render.ts';
import { CARD_HEIGHT, CARD_WIDTH, shareCardSvg, type ShareCardContent } from './template.ts';

const brand = { shortName: 'ASSKomm', siteName: 'Allianz Sichere Sächsische Kommunen' };
const card = (title: string, meta?: string): ShareCardContent => ({ eyebrow: 'Aktuelles', title, meta, brand });
const dir = mkdtempSync(path.join(os.tmpdir(), 'asskomm-og-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** How many text lines the card's title has: its <path> elements in the title colour. */
const titleLines = (svg: string) => svg.match(/<path fill="#131525"/g)?.length ?? 0;

describe('share card template', () => {
  it('is 1200×630 with the texts drawn as paths (no font lookup at render time)', () => {
    const svg = shareCardSvg(card('Mehr als nur die Nummer 53', '9. August 2023'));
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(svg).not.toContain('<text');
    expect(titleLines(svg)).toBe(1);
  });

  it('wraps a long title onto at most three lines', () => {
    const long = 'Informationstag zur Sicherheit von Seniorinnen und Senioren in Reichenbach im Vogtland '.repeat(3);
    expect(titleLines(shareCardSvg(card(long)))).toBe(3);
    expect(titleLines(shareCardSvg(card('Fünf Jahre ASSKomm – Kommunalkonferenz zur Sicherheit von Amtsträgerinnen und Amtsträgern')))).toBe(3);
  });

  it('differs when the title differs (so the cache cannot mix cards up)', () => {
    expect(shareCardSvg(card('Fachtag 2023'))).not.toBe(shareCardSvg(card('Fachtag 2024')));
  });
});

describe('renderShareCard', () => {
  it('renders a 1200×630 PNG with the green band and keeps it in the cache', async () => {
    const first = await renderShareCard(card('Ein Titel für den Cache', 'Dresden'), dir);
    expect(first.cached).toBe(false);
    const meta = await sharp(first.png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    const { data } = await sharp(first.png).extract({ left: 20, top: 600, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([...data]).toEqual([0x00, 0x40, 0x0a]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(1);
  });

  it('does not render an unchanged card again', async () => {
    const c = card('Unverändert', 'Pirna');
    await renderShareCard(c, dir);
    const file = path.join(dir, `${cacheKey(c)}.png`);
    // A new rendering is written under a temporary name and renamed: it would be a new file (inode).
    const before = statSync(file).ino;
    const again = await renderShareCard(c, dir);
    expect(again.cached).toBe(true);
    expect(statSync(file).ino).toBe(before);
  });

  it('names every card by all it says (texts, place, brand), whatever the order of the fields', () => {
    const base = card('Fachtag', 'Pirna');
    const keys = [
      base,
      card('Fachtag', 'Dresden'),
      { ...base, eyebrow: 'Termin' },
      { ...base, brand: { ...brand, siteName: 'Anderer Name' } },
      card('Fachtag'),
    ].map(cacheKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(cacheKey({ brand, meta: 'Pirna', title: 'Fachtag', eyebrow: 'Aktuelles' })).toBe(keys[0]);
  });

  it('renders a changed card anew', async () => {
    await renderShareCard(card('Version A'), dir);
    const changed = await renderShareCard(card('Version B'), dir);
    expect(changed.cached).toBe(false);
  });

  it('prunes the cards no build has used since a given moment, and keeps the used ones', async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), 'asskomm-og-prune-'));
    try {
      await renderShareCard(card('Alt'), own);
      await new Promise((r) => setTimeout(r, 20));
      const buildStart = new Date();
      await renderShareCard(card('Neu'), own); // drawn in this "build"
      expect(await pruneShareCardCache(buildStart, own)).toBe(1);
      expect(readdirSync(own)).toEqual([`${cacheKey(card('Neu'))}.png`]);
      await new Promise((r) => setTimeout(r, 20));
      const next = new Date();
      expect((await renderShareCard(card('Neu'), own)).cached).toBe(true); // read in the next one
      expect(await pruneShareCardCache(next, own)).toBe(0);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
