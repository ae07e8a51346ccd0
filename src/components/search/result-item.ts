/** One search result as a list item, cloned from the <template> in SearchResults.astro. */
import { excerptParts } from '../../lib/search/excerpt.ts';
import type { ResultData } from './pagefind.ts';

function field<T extends HTMLElement>(item: HTMLElement, name: string): T {
  const el = item.querySelector<T>(`[data-field="${name}"]`);
  if (!el) throw new Error(`Suche: Feld ${name} fehlt in der Vorlage`);
  return el;
}

export function resultItem(template: HTMLTemplateElement, d: ResultData): HTMLLIElement {
  const item = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
  const link = field<HTMLAnchorElement>(item, 'link');
  link.href = d.url;
  link.textContent = d.meta['title'] ?? d.url;
  field(item, 'type').textContent = d.filters['typ']?.[0] ?? '';
  const date = field<HTMLTimeElement>(item, 'date');
  if (d.meta['datum']) {
    date.textContent = d.meta['datum'];
    if (d.meta['datum_iso']) date.dateTime = d.meta['datum_iso'];
  } else {
    date.remove();
    field(item, 'separator').remove();
  }
  // Pagefind's excerpt is HTML; it is rebuilt from text nodes and <mark> elements, never inserted as HTML.
  const excerpt = field(item, 'excerpt');
  for (const part of excerptParts(d.excerpt)) {
    if (part.mark) {
      const mark = item.ownerDocument.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  return item;
}
