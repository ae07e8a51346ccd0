import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDecapAsset } from './assets.ts';

const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
const files = readdirSync(dist);
const shipped = files.filter(isDecapAsset);

describe('isDecapAsset', () => {
  it('ships the bundle, every lazy chunk it can load and its WebAssembly', () => {
    expect(shipped).toContain('decap-cms.js');
    const chunks = files.filter((f) => /^\d+\.decap-cms\.js$/.test(f));
    expect(chunks.length).toBeGreaterThan(0);
    expect(shipped).toEqual(expect.arrayContaining(chunks));
    // Every .wasm file the shipped scripts load by its hashed file name.
    const scripts = shipped.filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(dist, f), 'utf8'));
    const wasm = new Set(scripts.flatMap((s) => [...s.matchAll(/"([0-9a-f]{20}\.wasm)"/g)].map((m) => m[1]!)));
    expect(wasm.size).toBeGreaterThan(0);
    expect(shipped).toEqual(expect.arrayContaining([...wasm]));
  });

  it('leaves source maps and the duplicate cms.js build behind', () => {
    expect(files).toContain('cms.js');
    expect(shipped.filter((f) => f.endsWith('.map') || f === 'cms.js' || f.endsWith('.cms.js'))).toEqual([]);
  });
});
