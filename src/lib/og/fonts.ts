/**
 * Fira Sans (the site's typeface, the files @kern-ux/native ships) turned into SVG paths.
 *
 * Share cards are rasterised by sharp (librsvg), which would look fonts up through fontconfig: the result would
 * depend on the fonts installed on each machine, and the bundled FreeType cannot read WOFF2. Drawing the
 * letters as paths makes every card look the same everywhere and lets us measure lines exactly for wrapping.
 * No kerning is applied (fontkitten reads glyphs, not the GPOS table); at card sizes that is hardly visible.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';

const FILES = {
  regular: 'FiraSans-Regular.woff2',
  semibold: 'FiraSans-SemiBold.woff2',
  bold: 'FiraSans-Bold.woff2',
} as const;

export type Weight = keyof typeof FILES;

export interface TextFont {
  /** Width of `text` at `size` pixels. */
  measure(text: string, size: number): number;
  /** Height of capital letters at `size` pixels (to place lines by their visible top). */
  capHeight(size: number): number;
  /** SVG path data of `text` with its baseline starting at (x, y). */
  path(text: string, x: number, y: number, size: number): string;
}

const require = createRequire(import.meta.url);

/** Where the font file lives (resolved through node_modules, never copied into the repository). */
export function fontFile(weight: Weight): string {
  return require.resolve(`@kern-ux/native/dist/fonts/fira-sans/${FILES[weight]}`);
}

const round = (n: number) => Math.round(n * 10) / 10;
const LETTER = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' } as const;

function textFont(font: Font): TextFont {
  const em = font.unitsPerEm;
  return {
    measure(text, size) {
      let w = 0;
      for (const g of font.glyphsForString(text)) w += g.advanceWidth;
      return (w * size) / em;
    },
    capHeight: (size) => (font.capHeight * size) / em,
    path(text, x, y, size) {
      const s = size / em;
      let pen = x;
      const out: string[] = [];
      for (const g of font.glyphsForString(text)) {
        for (const c of g.path.commands) {
          const pts: string[] = [];
          for (let i = 0; i < c.args.length; i += 2) pts.push(`${round(pen + c.args[i]! * s)} ${round(y - c.args[i + 1]! * s)}`);
          out.push(LETTER[c.command] + pts.join(' '));
        }
        pen += g.advanceWidth * s;
      }
      return out.join('');
    },
  };
}

const loaded = new Map<Weight, TextFont>();

export function loadFont(weight: Weight): TextFont {
  let f = loaded.get(weight);
  if (!f) {
    const parsed = create(readFileSync(fontFile(weight)));
    if (parsed.isCollection) throw new Error(`${FILES[weight]} ist eine Schriftsammlung, erwartet war eine einzelne Schrift.`);
    f = textFont(parsed);
    loaded.set(weight, f);
  }
  return f;
}
