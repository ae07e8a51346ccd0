/**
 * Line breaking for share cards: fills lines greedily, breaks after hyphens in compounds
 * ("ASSKomm-Fachtag"), splits a single word that is wider than a line with a hyphen, and ends the last
 * allowed line with "…" when the text is longer.
 */

export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
  /** Width of a piece of text in the same unit as maxWidth. */
  measure: (text: string) => number;
}

export interface Wrapped {
  lines: string[];
  /** True when text was cut and the last line ends with "…". */
  truncated: boolean;
}

export const ELLIPSIS = '…';

interface Token {
  text: string;
  /** Whether a space stands before this token (false after a hyphen inside a word). */
  space: boolean;
}

/** Splits a word after its hyphens, and a piece still too wide into hyphenated chunks. */
function tokensOf(word: string, o: WrapOptions): Token[] {
  const parts = word.split(/(?<=-)(?=.)/u);
  const tokens: Token[] = [];
  parts.forEach((part, i) => {
    const space = i === 0;
    if (o.measure(part) <= o.maxWidth) {
      tokens.push({ text: part, space });
      return;
    }
    const chars = [...part];
    let chunk = '';
    let first = true;
    for (let i = 0; i < chars.length; i++) {
      const rest = chars.slice(i).join('');
      if (chunk && o.measure(`${chunk}${rest}`) <= o.maxWidth) {
        chunk += rest;
        break;
      }
      if (chunk && o.measure(`${chunk}${chars[i]}-`) > o.maxWidth) {
        tokens.push({ text: `${chunk}-`, space: first && space });
        chunk = '';
        first = false;
      }
      chunk += chars[i];
    }
    if (chunk) tokens.push({ text: chunk, space: first && space });
  });
  return tokens;
}

/** Shortens a line until it fits with "…" after it. */
function withEllipsis(line: string, o: WrapOptions): string {
  let text = line;
  while (text && o.measure(`${text}${ELLIPSIS}`) > o.maxWidth) {
    const cut = text.lastIndexOf(' ');
    text = cut > 0 ? text.slice(0, cut) : [...text].slice(0, -1).join('');
  }
  return `${text.replace(/[\s,;:.–-]+$/u, '')}${ELLIPSIS}`;
}

export function wrapText(text: string, o: WrapOptions): Wrapped {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const tokens = words.flatMap((w) => tokensOf(w, o));
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const candidate = line ? `${line}${t.space ? ' ' : ''}${t.text}` : t.text;
    if (!line || o.measure(candidate) <= o.maxWidth) {
      line = candidate;
    } else {
      lines.push(line);
      line = t.text;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= o.maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, o.maxLines);
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1]!, o);
  return { lines: kept, truncated: true };
}
