/**
 * Photo-like test images, made with sharp at test or benchmark time (never stored, never in content/).
 *
 * A camera photo is not noise and not a gradient: its detail falls off with scale (roughly 1/f), it has hard
 * edges (buildings, people) and a little sensor grain. We sum random noise at several scales, add a few
 * hard-edged shapes and grain, and save it as a JPEG at quality 90 like a camera would. Encoders then meet
 * about the same amount of work and the same sizes as with real photos (checked against a real 720-px photo:
 * see scripts/bench-images.ts).
 */
import sharp from 'sharp';
import { seeded } from '../../scripts/bench/synthetic-content.ts';

const CONTRAST = 2.4;
const TINT = 0.9;
const GRAIN = 10;

export interface SyntheticPhotoOptions {
  width: number;
  height: number;
  seed?: number;
  /** JPEG quality of the "camera" file. */
  quality?: number;
}

/** Random noise at one scale (`channels` 1: brightness, 3: colour), blown up smoothly to the full size. */
async function octave(width: number, height: number, cell: number, channels: 1 | 3, random: () => number): Promise<Buffer> {
  const w = Math.max(2, Math.ceil(width / cell));
  const h = Math.max(2, Math.ceil(height / cell));
  const small = Buffer.alloc(w * h * channels);
  for (let i = 0; i < small.length; i++) small[i] = Math.floor(random() * 256);
  return sharp(small, { raw: { width: w, height: h, channels } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .raw()
    .toBuffer();
}

/**
 * Hard-edged shapes (façades, windows, signs, poles) as SVG, so edges are there to encode. Translucent by
 * fill-opacity and stroke-opacity, never `opacity`: librsvg paints each shape with `opacity` on a layer of
 * the whole picture, which took a minute for a 12-megapixel photo (4 s now, the same picture).
 */
function shapes(width: number, height: number, random: () => number): string {
  const parts: string[] = [];
  const colour = () => `rgb(${Math.floor(random() * 255)},${Math.floor(random() * 255)},${Math.floor(random() * 255)})`;
  for (let i = 0; i < 120; i++) {
    const w = (0.01 + random() * random() * 0.25) * width;
    const h = (0.01 + random() * random() * 0.35) * height;
    const x = random() * (width - w);
    const y = height * 0.25 + random() * (height * 0.75 - h);
    parts.push(`<rect x="${x.toFixed(0)}" y="${y.toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="${colour()}" fill-opacity="${(0.35 + random() * 0.5).toFixed(2)}"/>`);
  }
  // Thin lines: frames, poles, railings.
  for (let i = 0; i < 80; i++) {
    const x1 = random() * width;
    const y1 = random() * height;
    const vertical = random() < 0.5;
    const len = (0.05 + random() * 0.3) * (vertical ? height : width);
    const [x2, y2] = vertical ? [x1, y1 + len] : [x1 + len, y1];
    const stroke = Math.max(1, (2 + random() * 10) * (width / 4240));
    parts.push(`<line x1="${x1.toFixed(0)}" y1="${y1.toFixed(0)}" x2="${x2.toFixed(0)}" y2="${y2.toFixed(0)}" stroke="${colour()}" stroke-width="${stroke.toFixed(1)}" stroke-opacity="0.8"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`;
}

/** A photo-like JPEG of the given size. */
export async function syntheticPhoto(o: SyntheticPhotoOptions): Promise<Buffer> {
  const { width, height } = o;
  // Seeded: the same seed gives the same photo.
  const random = seeded(o.seed ?? 1);
  const scale = Math.max(width, height) / 4240;
  const cell = (px: number) => Math.max(2, Math.round(px * scale));
  // Brightness carries the detail, at every scale (larger structures more contrast, about 1/f);
  // colour changes only slowly, as in a real scene.
  const light: [number, number][] = [
    [cell(1000), 0.25],
    [cell(250), 0.22],
    [cell(60), 0.2],
    [cell(15), 0.18],
    [cell(4), 0.15],
  ];
  const colour: [number, number][] = [
    [cell(1400), 0.7],
    [cell(350), 0.3],
  ];
  const pixelCount = width * height;
  const lum = new Float32Array(pixelCount);
  for (const [size, weight] of light) {
    const layer = await octave(width, height, size, 1, random);
    for (let i = 0; i < pixelCount; i++) lum[i]! += layer[i]! * weight;
  }
  const chroma = new Float32Array(pixelCount * 3);
  for (const [size, weight] of colour) {
    const layer = await octave(width, height, size, 3, random);
    for (let i = 0; i < chroma.length; i++) chroma[i]! += layer[i]! * weight;
  }
  // Stretch the contrast back (averaging flattens it), tint by the slow colour field, add sensor grain.
  const pixels = Buffer.alloc(pixelCount * 3);
  for (let i = 0; i < pixels.length; i++) {
    const l = (lum[Math.floor(i / 3)]! - 128) * CONTRAST + 128;
    const grain = (random() + random() - 1) * GRAIN;
    pixels[i] = Math.max(0, Math.min(255, l + (chroma[i]! - 128) * TINT + grain));
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .composite([{ input: Buffer.from(shapes(width, height, random)) }])
    .jpeg({ quality: o.quality ?? 90 })
    .toBuffer();
}
