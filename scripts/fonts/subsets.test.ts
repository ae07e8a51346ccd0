import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { CUTS, fileName, fontsCss, SUBSETS, subsetFile, unicodeRange } from './subsets.ts';

const styles = path.join(import.meta.dirname, '../../src/styles');
const committed = (file: string) => readFileSync(path.join(styles, 'fonts', file));
const subset = (name: 'de' | 'latin') => SUBSETS.find((s) => s.name === name)!;
const codes = (text: string) => [...text].map((c) => c.codePointAt(0)!);

describe('font subsets', () => {
  it('the committed files and fonts.css are exactly what `npm run fonts` writes', async () => {
    for (const cut of CUTS) {
      for (const s of SUBSETS) expect(committed(fileName(cut, s)).equals(await subsetFile(cut, s)), fileName(cut, s)).toBe(true);
    }
    expect(readFileSync(path.join(styles, 'fonts.css'), 'utf8')).toBe(fontsCss());
  });

  it('German text needs only the "de" file, and that file draws every character of it', () => {
    const text = 'Glänzen statt schwänzen – „Infotag“ für Eltern, 9. August 2023, 14:00 Uhr; Straße § 5 (ÄÖÜ) … 5 € → ↑';
    const de = subset('de').codePoints;
    expect(codes(text).filter((c) => !de.includes(c))).toEqual([]);
    for (const cut of CUTS) {
      const font = create(committed(fileName(cut, subset('de')))) as Font;
      expect(codes(text).filter((c) => !font.hasGlyphForCodePoint(c)), cut.name).toEqual([]);
    }
  });

  it('the two files never overlap and together keep all of Latin-1 and Latin Extended-A (René, Budyšin, Łódź)', () => {
    const [de, latin] = [subset('de').codePoints, subset('latin').codePoints];
    expect(de.filter((c) => latin.includes(c))).toEqual([]);
    const wanted = [...Array.from({ length: 0x17f - 0xa0 + 1 }, (_, i) => 0xa0 + i), ...codes('René Budyšin Łódź')];
    expect(wanted.filter((c) => !de.includes(c) && !latin.includes(c))).toEqual([]);
    const font = create(committed(fileName(CUTS[0]!, subset('latin')))) as Font;
    expect(codes('éšŁóź').filter((c) => !font.hasGlyphForCodePoint(c))).toEqual([]);
  });

  it('writes unicode-range as ranges of consecutive code points', () => {
    expect(unicodeRange([0x41, 0x20, 0x21, 0x22, 0xe4])).toBe('U+20-22,U+41,U+E4');
  });
});
