/**
 * Measures photo processing, the slowest part of a build, so encoder settings are chosen on numbers.
 *
 *   npm run bench:images                          encoder comparison, then builds with 0, 1, 10 and 100 photos
 *   npm run bench:images -- --sweep               only the encoder comparison (sharp, no Astro)
 *   npm run bench:images -- --builds 1,10         only builds, with these photo counts
 *   npm run bench:images -- --builds 10 --encoders '{"avif":{"quality":50,"effort":4}}'
 *                                                 builds with other settings than src/lib/images/encoding.ts
 *   options: --size 3000x2000 (photo size), --photos 3 (photos in the comparison), --json out.json,
 *            --only 'effort":3' (only settings whose label contains this)
 *
 * Encoder comparison: photo-like test images (tests/support/synthetic-photo.ts) scaled to 800 and 1600 px,
 * encoded with each setting; CPU time (all of sharp's threads; steadier than wall time on a busy machine),
 * bytes, and SSIM against the scaled original.
 *
 * Builds: a temporary copy of the project with N articles, each with its own photo, and its OWN caches
 * (node_modules is a folder of links without .astro/ and .cache/): built cold, then warm. Reports wall and
 * CPU time and the bytes of the generated images.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp, { type OutputInfo } from 'sharp';
import { ENCODERS } from '../src/lib/images/encoding.ts';
import { addPhotoArticles } from '../tests/support/photo-articles.ts';
import { isolatedCopy } from '../tests/support/project.ts';
import { syntheticPhoto } from '../tests/support/synthetic-photo.ts';
import { luma, ssim } from './lib/ssim.ts';

const { values: args } = parseArgs({
  options: {
    sweep: { type: 'boolean', default: false },
    builds: { type: 'string' },
    size: { type: 'string', default: '3000x2000' },
    photos: { type: 'string', default: '3' },
    encoders: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'string' },
  },
});
const [photoWidth, photoHeight] = args.size!.split('x').map(Number) as [number, number];
const onlySweep = args.sweep && !args.builds;
const onlyBuilds = !args.sweep && !!args.builds;
const buildCounts = (args.builds ?? '0,1,10,100').split(',').map(Number);
const photoCache = path.join(os.tmpdir(), 'asskomm-bench-photos');
const results: Record<string, unknown> = { machine: { cpus: os.cpus().length, load: os.loadavg() }, size: args.size };

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------------------
// Encoder comparison

type Format = 'avif' | 'webp' | 'jpeg';
interface Setting {
  format: Format;
  options: Record<string, unknown>;
}

const CHOSEN: Setting[] = (['avif', 'webp', 'jpeg'] as const).map((format) => ({ format, options: { ...ENCODERS[format] } }));
const SETTINGS: Setting[] = [
  ...CHOSEN,
  ...[0, 1, 2, 3, 4].flatMap((effort) => [40, 45, 50, 55, 60].map((quality) => ({ format: 'avif' as const, options: { quality, effort } }))),
  ...[50, 55].map((quality) => ({ format: 'avif' as const, options: { quality, effort: 6 } })),
  ...[2, 4].flatMap((effort) => [70, 75, 80].map((quality) => ({ format: 'webp' as const, options: { quality, effort } }))),
  { format: 'webp', options: { quality: 75, effort: 6 } },
  ...[75, 80].map((quality) => ({ format: 'jpeg' as const, options: { quality, mozjpeg: true } })),
  ...[75, 80].map((quality) => ({ format: 'jpeg' as const, options: { quality } })),
];
const WIDTHS = [800, 1600];

interface Measured {
  setting: string;
  cpuMs: Record<number, number>;
  bytes: Record<number, number>;
  ssim: number;
}

async function encode(raw: Buffer, info: OutputInfo, st: Setting): Promise<{ data: Buffer; cpuMs: number }> {
  const img = sharp(raw, { raw: { width: info.width, height: info.height, channels: info.channels as 3 } });
  const before = process.cpuUsage();
  const data = await img[st.format](st.options).toBuffer();
  const used = process.cpuUsage(before);
  return { data, cpuMs: (used.user + used.system) / 1000 };
}

async function sweep(): Promise<Measured[]> {
  const count = Number(args.photos);
  console.log(`\n## Encoder (${count} Fotos ${args.size}, Breiten ${WIDTHS.join(' und ')} px)\n`);
  const photos: Buffer[] = [];
  for (let i = 0; i < count; i++) photos.push(await syntheticPhoto({ width: photoWidth, height: photoHeight, seed: 500 + i }));
  const scaled = await Promise.all(
    photos.flatMap((p) => WIDTHS.map(async (w) => ({ w, ...(await sharp(p).resize(w).removeAlpha().raw().toBuffer({ resolveWithObject: true })) }))),
  );
  const rows: Measured[] = [];
  console.log('| Einstellung | CPU 800 px | CPU 1600 px | Größe 800 px | Größe 1600 px | SSIM |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const label = (st: Setting) => `${st.format} ${JSON.stringify(st.options)}${CHOSEN.includes(st) ? ' (gewählt)' : ''}`;
  for (const st of SETTINGS.filter((x) => !args.only || label(x).includes(args.only))) {
    const cpu: Record<number, number> = {};
    const bytes: Record<number, number> = {};
    let ssimSum = 0;
    for (const { w, data, info } of scaled) {
      const out = await encode(data, info, st);
      cpu[w] = (cpu[w] ?? 0) + out.cpuMs / count;
      bytes[w] = (bytes[w] ?? 0) + out.data.length / count;
      const back = await sharp(out.data).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      ssimSum += ssim(luma(data, info.channels), luma(back.data, back.info.channels), info.width, info.height);
    }
    const row: Measured = {
      setting: label(st),
      cpuMs: cpu,
      bytes,
      ssim: ssimSum / scaled.length,
    };
    rows.push(row);
    console.log(
      `| ${row.setting} | ${cpu[800]!.toFixed(0)} ms | ${cpu[1600]!.toFixed(0)} ms | ${kb(bytes[800]!)} | ${kb(bytes[1600]!)} | ${row.ssim.toFixed(4)} |`,
    );
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// Builds


/** Replaces ENCODERS in the copy's encoding.ts (only in the temporary copy). */
function useEncoders(dir: string, json: string): void {
  const file = path.join(dir, 'src/lib/images/encoding.ts');
  const src = readFileSync(file, 'utf8');
  const replaced = src.replace(/export const ENCODERS = \{[\s\S]*?\} as const;/, `export const ENCODERS = ${json} as const;`);
  if (replaced === src) throw new Error('ENCODERS nicht gefunden in src/lib/images/encoding.ts');
  writeFileSync(file, replaced);
}

interface BuildTime {
  wallMs: number;
  cpuMs: number;
}

/** Runs the build; CPU time of all child processes from bash's `times`. */
function timedBuild(dir: string, outDir: string): BuildTime {
  const started = Date.now();
  const r = spawnSync('bash', ['-c', 'npm run --silent build > "$BENCH_LOG" 2>&1; status=$?; times; exit $status'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, BENCH_LOG: path.join(dir, 'build.log') },
  });
  const wallMs = Date.now() - started;
  if (r.status !== 0) throw new Error(`Build fehlgeschlagen, siehe ${path.join(dir, 'build.log')}`);
  const children = r.stdout.trim().split('\n').at(-1)!;
  const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
  return { wallMs, cpuMs };
}

interface ImageBytes {
  files: number;
  bytes: Record<string, number>;
  avif800: number[];
}

async function imageBytes(outDir: string): Promise<ImageBytes> {
  const dir = path.join(outDir, '_astro');
  const result: ImageBytes = { files: 0, bytes: {}, avif800: [] };
  if (!existsSync(dir)) return result;
  for (const f of readdirSync(dir)) {
    const ext = path.extname(f).slice(1);
    if (!['avif', 'webp', 'jpeg', 'jpg', 'png'].includes(ext)) continue;
    const file = path.join(dir, f);
    result.files++;
    result.bytes[ext] = (result.bytes[ext] ?? 0) + statSync(file).size;
    if (ext === 'avif' && (await sharp(file).metadata()).width === 800) result.avif800.push(statSync(file).size);
  }
  return result;
}

interface BuildResult {
  photos: number;
  cold: BuildTime;
  warm: BuildTime;
  images: ImageBytes;
}

async function bench(count: number): Promise<BuildResult> {
  const dir = isolatedCopy();
  try {
    if (args.encoders) useEncoders(dir, args.encoders);
    await addPhotoArticles(dir, count, { width: photoWidth, height: photoHeight, photoCache });
    const outDir = path.join(dir, 'dist');
    const cold = timedBuild(dir, outDir);
    const images = await imageBytes(outDir);
    const warm = timedBuild(dir, outDir);
    return { photos: count, cold, warm, images };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function builds(): Promise<BuildResult[]> {
  console.log(`\n## Builds (Fotos ${args.size}, Encoder ${args.encoders ?? JSON.stringify(ENCODERS)})\n`);
  console.log('| Fotos | kalt (Wand) | kalt (CPU) | warm (Wand) | warm (CPU) | Bilddateien | AVIF | WebP | JPEG | AVIF 800 px (Mittel) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const rows: BuildResult[] = [];
  for (const n of buildCounts) {
    const r = await bench(n);
    rows.push(r);
    const mean800 = r.images.avif800.length ? r.images.avif800.reduce((a, b) => a + b, 0) / r.images.avif800.length : 0;
    const b = r.images.bytes;
    console.log(
      `| ${n} | ${s(r.cold.wallMs)} | ${s(r.cold.cpuMs)} | ${s(r.warm.wallMs)} | ${s(r.warm.cpuMs)} | ${r.images.files} | ${kb(b.avif ?? 0)} | ${kb(b.webp ?? 0)} | ${kb((b.jpeg ?? 0) + (b.jpg ?? 0))} | ${mean800 ? kb(mean800) : '–'} |`,
    );
  }
  return rows;
}

if (!onlyBuilds) results.sweep = await sweep();
if (!onlySweep) results.builds = await builds();
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2));
