import { metaDescription } from './meta.ts';

/**
 * The title for the browser tab and search results: with " – ASSKomm" it stays within 70 characters. A long
 * entry title keeps its first words and its last word, which often tells entries apart
 * ("Kooperationsvereinbarung … Reichenbach/O.L."). The page's h1 always shows the full title.
 */
export function tabTitle(title: string, max = 60): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const words = t.split(' ');
  const last = words.at(-1)!;
  const head: string[] = [];
  for (const w of words.slice(0, -1)) {
    if ([...head, w].join(' ').length + ' … '.length + last.length > max) break;
    head.push(w);
  }
  return head.length > 0 ? `${head.join(' ')} … ${last}` : metaDescription(t, max);
}
