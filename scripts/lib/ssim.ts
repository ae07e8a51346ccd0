/**
 * Structural similarity (SSIM, Wang et al. 2004) of two images' brightness, in 8×8 windows with a stride of 4:
 * 1 means identical; well-compressed web photos score about 0.95 to 0.99. Good enough to compare encoder
 * settings with each other (scripts/bench-images.ts), not a replacement for looking.
 */

/** Brightness (BT.601 luma) of interleaved RGB or RGBA pixels. */
export function luma(pixels: Uint8Array, channels: number): Float64Array {
  const n = pixels.length / channels;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = i * channels;
    y[i] = 0.299 * pixels[p]! + 0.587 * pixels[p + 1]! + 0.114 * pixels[p + 2]!;
  }
  return y;
}

const C1 = (0.01 * 255) ** 2;
const C2 = (0.03 * 255) ** 2;

export function ssim(a: Float64Array, b: Float64Array, width: number, height: number, window = 8, stride = 4): number {
  if (a.length !== b.length || a.length !== width * height) throw new Error('ssim: Bilder unterschiedlicher Größe');
  let sum = 0;
  let count = 0;
  const n = window * window;
  for (let y0 = 0; y0 + window <= height; y0 += stride) {
    for (let x0 = 0; x0 + window <= width; x0 += stride) {
      let sa = 0;
      let sb = 0;
      let saa = 0;
      let sbb = 0;
      let sab = 0;
      for (let y = y0; y < y0 + window; y++) {
        for (let x = x0; x < x0 + window; x++) {
          const va = a[y * width + x]!;
          const vb = b[y * width + x]!;
          sa += va;
          sb += vb;
          saa += va * va;
          sbb += vb * vb;
          sab += va * vb;
        }
      }
      const ma = sa / n;
      const mb = sb / n;
      const va = saa / n - ma * ma;
      const vb = sbb / n - mb * mb;
      const cov = sab / n - ma * mb;
      sum += ((2 * ma * mb + C1) * (2 * cov + C2)) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
      count++;
    }
  }
  return sum / count;
}
