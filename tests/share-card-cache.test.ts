/**
 * The share-card cache after builds, as CI keeps it between runs: an unchanged card is read back, and the
 * card of a changed title replaces the old one instead of piling up next to it. Built in an isolated copy
 * with caches of its own (never ours, never content/).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, isolatedCopy } from './support/project.ts';

const ARTICLE = 'content/articles/mehr-als-nur-die-nummer-53.mdx';
let dir: string;
const cards = () => readdirSync(path.join(dir, 'node_modules/.cache/og')).filter((f) => f.endsWith('.png')).sort();
const build = () => buildSite(dir, { OUT_DIR: path.join(dir, 'dist') }).stdout;

let first: string[];
let second: string[];
let secondLog: string;

beforeAll(() => {
  dir = isolatedCopy('asskomm-og-cache-');
  build();
  first = cards();
  const file = path.join(dir, ARTICLE);
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(/^title: "?(.*?)"?$/m, 'title: "$1 (geändert)"');
  if (changed === text) throw new Error(`${ARTICLE}: keine Zeile „title: …“ gefunden`);
  writeFileSync(file, changed);
  secondLog = build();
  second = cards();
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the share-card cache', () => {
  it('holds one card per page with a share card after a build', () => {
    const pngs = readdirSync(path.join(dir, 'dist/og'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
    expect(first.length).toBe(pngs.length);
  });

  it('replaces the card of a changed title and keeps all others', () => {
    expect(second.length).toBe(first.length);
    expect(first.filter((f) => !second.includes(f))).toHaveLength(1);
    expect(second.filter((f) => !first.includes(f))).toHaveLength(1);
    expect(secondLog).toContain('1 nicht mehr gebrauchte Vorschaubilder aus dem Cache gelöscht');
  });
});
