import { describe, expect, it } from 'vitest';
import { ELLIPSIS, wrapText } from './wrap.ts';

// Every character 1 unit wide: widths are easy to reason about.
const measure = (s: string) => [...s].length;
const wrap = (text: string, maxWidth: number, maxLines = 3) => wrapText(text, { maxWidth, maxLines, measure });

describe('wrapText', () => {
  it('keeps a short title on one line', () => {
    expect(wrap('Fachtag in Dresden', 40)).toEqual({ lines: ['Fachtag in Dresden'], truncated: false });
  });

  it('fills lines greedily at spaces', () => {
    expect(wrap('Informationstag Schulabsentismus in Heidenau', 20).lines).toEqual([
      'Informationstag',
      'Schulabsentismus in',
      'Heidenau',
    ]);
  });

  it('never makes a line wider than allowed', () => {
    const { lines } = wrap('Fünf Jahre ASSKomm – Kommunalkonferenz zur Sicherheit von Amtsträgern', 24, 10);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(24);
  });

  it('breaks compounds after their hyphen', () => {
    expect(wrap('Der ASSKomm-Fachtag', 14).lines).toEqual(['Der ASSKomm-', 'Fachtag']);
  });

  it('splits a word wider than a line with a hyphen', () => {
    const { lines } = wrap('Kriminalpräventionsratsvorsitzende', 12);
    expect(lines).toEqual(['Kriminalprä-', 'ventionsrat-', 'svorsitzende']);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(12);
  });

  it('cuts after the last allowed line and ends it with an ellipsis', () => {
    const r = wrap('eins zwei drei vier fünf sechs sieben acht neun zehn', 10, 3);
    expect(r.truncated).toBe(true);
    expect(r.lines).toHaveLength(3);
    expect(r.lines[2]!.endsWith(ELLIPSIS)).toBe(true);
    expect(measure(r.lines[2]!)).toBeLessThanOrEqual(10);
    expect(r.lines.join(' ').replace(ELLIPSIS, '')).toBe('eins zwei drei vier fünf');
  });

  it('drops trailing punctuation before the ellipsis', () => {
    const r = wrap('eins, zwei, drei', 6, 1);
    expect(r.lines).toEqual([`eins${ELLIPSIS}`]);
  });
});
