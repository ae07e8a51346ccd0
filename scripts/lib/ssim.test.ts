import { describe, expect, it } from 'vitest';
import { luma, ssim } from './ssim.ts';

const W = 32;
const H = 32;
function pattern(noise = 0, seed = 1): Float64Array {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 2;
  const y = new Float64Array(W * H);
  for (let i = 0; i < y.length; i++) y[i] = 128 + 80 * Math.sin(i / 7) + noise * rnd();
  return y;
}

describe('ssim', () => {
  it('is 1 for identical images', () => {
    expect(ssim(pattern(), pattern(), W, H)).toBeCloseTo(1, 10);
  });

  it('falls as the difference grows', () => {
    const ref = pattern();
    const slight = ssim(ref, pattern(5, 2), W, H);
    const strong = ssim(ref, pattern(40, 2), W, H);
    expect(slight).toBeLessThan(1);
    expect(strong).toBeLessThan(slight);
  });

  it('refuses images of different size', () => {
    expect(() => ssim(pattern(), new Float64Array(10), W, H)).toThrow();
  });
});

describe('luma', () => {
  it('weights red, green and blue as BT.601', () => {
    expect([...luma(new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255]), 3)].map((v) => Math.round(v))).toEqual([76, 150, 29]);
  });
});
