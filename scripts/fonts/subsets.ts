/**
 * The site's font files: which cuts of Fira Sans, split into which character sets, and the @font-face rules
 * that serve them. `npm run fonts` writes src/styles/fonts/*.woff2 and src/styles/fonts.css from this; a
 * unit test (fonts.test.ts) proves that the committed files are what it writes.
 *
 * Each cut is split in two by unicode-range, so that a browser fetches a file only when a page uses one of its
 * characters:
 * - "de": what German text needs (Basic Latin, the umlauts and ß, German quotation marks, dashes, €, §,
 *   the arrows of the site's links). Every page loads it.
 * - "latin": the rest of Latin-1 and Latin Extended-A (é in René, Sorbian and Polish letters such as
 *   ě, š, ł) and rarer punctuation. Only pages that use such a character load it.
 * The split halves what a page such as the map downloads for fonts (the "de" file is about 13.5 KB instead of
 * 19.7 KB for all of Latin-1), and no character the site showed before is lost.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';

export interface Cut {
  /** File name part and CSS values. */
  name: 'regular' | 'italic' | 'semibold';
  /** The source file in @kern-ux/native (the KERN design system's Fira Sans). */
  source: string;
  style: 'normal' | 'italic';
  weight: 400 | 600;
}

export const CUTS: readonly Cut[] = [
  { name: 'regular', source: 'FiraSans-Regular.woff2', style: 'normal', weight: 400 },
  { name: 'italic', source: 'FiraSans-Italic.woff2', style: 'italic', weight: 400 },
  { name: 'semibold', source: 'FiraSans-SemiBold.woff2', style: 'normal', weight: 600 },
];

/** Code points from..to, both included. */
function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const codes = (text: string) => [...text].map((c) => c.codePointAt(0)!);

/** What German text on this site needs. */
const GERMAN: readonly number[] = [
  ...span(0x20, 0x7e),
  ...codes('ÄÖÜäöüß'),
  ...codes('\u00a0\u00ad§©«»°·×'), // no-break space, soft hyphen, section, copyright, guillemets, degree, middle dot, times
  ...codes('‐‑‒–—‘’‚“”„•…‹›\u2009\u202f€−'), // hyphens and dashes, quotation marks, bullet, ellipsis, thin spaces, euro, minus
  ...codes('←↑→↓'), // the arrows of "Weiter →" and "↑ nach oben"
];

/** Everything the site served before the split (Latin-1 and typographic signs) and Latin Extended-A, minus GERMAN. */
const REST_OF_LATIN: readonly number[] = [
  ...span(0xa0, 0xff),
  ...span(0x100, 0x17f),
  ...codes('\u02bb\u02bc\u02c6\u02da\u02dc\u0304\u0308\u0329'),
  ...span(0x2000, 0x206f),
  ...codes('\u2122\u2215\ufeff\ufffd'),
].filter((c) => !GERMAN.includes(c));

export interface Subset {
  name: 'de' | 'latin';
  codePoints: readonly number[];
}

export const SUBSETS: readonly Subset[] = [
  { name: 'de', codePoints: GERMAN },
  { name: 'latin', codePoints: REST_OF_LATIN },
];

/**
 * OpenType features the pages use: kerning, ligatures, marks, and the figure styles of the tables
 * (font-variant-numeric: tabular-nums, lining-nums). Every other feature and the glyphs only it reaches are left out.
 */
export const FEATURES = ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum', 'lnum', 'pnum'];

/**
 * The files carry no TrueType hinting: it is a third of each file (13.5 KB → 8.9 KB for Regular "de"), and only
 * Windows uses it at all (Android, iOS and macOS ignore it); there, Chrome and Edge draw the letters a little
 * softer without it. Every visitor's first page is faster instead.
 */
export const HINTING = false;

export const fileName = (cut: Cut, subset: Subset) => `fira-sans-${cut.name}-${subset.name}.woff2`;

/** "U+20-7E,U+C4,…": consecutive code points joined into ranges. */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(from === sorted[i] ? `U+${hex(from)}` : `U+${hex(from)}-${hex(sorted[i]!)}`);
  }
  return parts.join(',');
}

/** src/styles/fonts.css as `npm run fonts` writes it. */
export function fontsCss(): string {
  const rules = CUTS.flatMap((cut) =>
    SUBSETS.map(
      (subset) =>
        `@font-face { font-family: 'Fira Sans'; font-style: ${cut.style}; font-weight: ${cut.weight}; font-display: swap; ` +
        `src: url('./fonts/${fileName(cut, subset)}') format('woff2'); unicode-range: ${unicodeRange(subset.codePoints)}; }`,
    ),
  );
  return `/*
 * Fira Sans, the KERN typeface, self-hosted (no request leaves the site): the three cuts the pages use, each
 * split into a German file and a rarer-Latin file that a browser fetches only when a page needs it.
 * Written by \`npm run fonts\` (scripts/fonts/subsets.ts); see fonts/LIZENZ.md for the licence.
 * One rule per line: cut (style, weight), file, and the characters it draws.
 */
${rules.join('\n')}
`;
}

const require = createRequire(import.meta.url);

/** One cut's subset as WOFF2. */
export async function subsetFile(cut: Cut, subset: Subset): Promise<Buffer> {
  const source = readFileSync(require.resolve(`@kern-ux/native/dist/fonts/fira-sans/${cut.source}`));
  const text = String.fromCodePoint(...subset.codePoints);
  return subsetFont(source, text, { targetFormat: 'woff2', keepFeatures: FEATURES, noHinting: !HINTING });
}
