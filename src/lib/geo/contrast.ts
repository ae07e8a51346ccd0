/** Colour contrast as WCAG 2.1 defines it, and the colour tokens of a stylesheet, for tests of map colours. */

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a "#rrggbb" colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Keine Farbe im Format #rrggbb: ${hex}`);
  const [r, g, b] = m.slice(1).map((x) => channel(parseInt(x, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Custom properties with a "#rrggbb" value whose name starts with `prefix`: "--layer-coaching: #25763c" → { coaching: "#25763c" }. */
export function colorTokens(css: string, prefix: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const m of css.matchAll(new RegExp(`--${prefix}-([a-z0-9-]+)\\s*:\\s*(#[0-9a-f]{6})\\b`, 'gi'))) tokens[m[1]!] = m[2]!.toLowerCase();
  return tokens;
}
