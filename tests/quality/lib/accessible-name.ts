/** The name assistive technology announces for a link, simplified for static HTML (no CSS, no hidden state). */
import type { HtmlElement } from 'html-validate';

/** aria-labelledby, else aria-label, else the text with the alt texts of its images. */
export function accessibleName(element: HtmlElement, document: HtmlElement): string {
  const labelledBy = element.getAttributeValue('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => document.querySelectorAll('[id]').find((target) => target.id === id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  const label = element.getAttributeValue('aria-label');
  if (label) return label.trim();
  const images = element.querySelectorAll('img[alt]').map((img) => img.getAttributeValue('alt') ?? '');
  return [element.textContent, ...images].join(' ').replace(/\s+/g, ' ').trim();
}
