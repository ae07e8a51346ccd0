import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngsToIco } from './ico.ts';

const square = (size: number) =>
  sharp({ create: { width: size, height: size, channels: 4, background: '#005916' } }).png().toBuffer();

describe('pngsToIco', () => {
  it('writes a header, one directory entry per image and the PNGs at the stated offsets', async () => {
    const [a, b] = await Promise.all([square(16), square(32)]);
    const ico = pngsToIco([
      { size: 16, png: a },
      { size: 32, png: b },
    ]);
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(2);
    const entry = (i: number) => {
      const at = 6 + 16 * i;
      return { w: ico.readUInt8(at), h: ico.readUInt8(at + 1), bytes: ico.readUInt32LE(at + 8), offset: ico.readUInt32LE(at + 12) };
    };
    const [e0, e1] = [entry(0), entry(1)];
    expect([e0.w, e0.h, e1.w, e1.h]).toEqual([16, 16, 32, 32]);
    expect(e0.offset).toBe(6 + 32);
    expect(ico.subarray(e0.offset, e0.offset + e0.bytes).equals(a)).toBe(true);
    expect(ico.subarray(e1.offset, e1.offset + e1.bytes).equals(b)).toBe(true);
    expect(ico.length).toBe(e1.offset + e1.bytes);
    // sharp reads back what it wrote (the embedded PNG).
    expect((await sharp(ico.subarray(e1.offset)).metadata()).width).toBe(32);
  });

  it('stores 256 as 0, as the format says', async () => {
    const ico = pngsToIco([{ size: 256, png: await square(256) }]);
    expect(ico.readUInt8(6)).toBe(0);
  });

  it('refuses an empty list and impossible sizes', () => {
    expect(() => pngsToIco([])).toThrow();
    expect(() => pngsToIco([{ size: 300, png: new Uint8Array() }])).toThrow();
  });
});
