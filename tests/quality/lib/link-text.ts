/**
 * Link text that says nothing on its own ("hier", "mehr"): screen-reader users jump from link to link, and
 * search engines read it as the target's description. A link must name its target (WCAG 2.4.4, 2.4.9).
 */

/** Vague link texts, already normalised (see normaliseLinkText). */
export const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  'hier',
  'hier klicken',
  'klicken sie hier',
  'bitte hier klicken',
  'mehr',
  'mehr lesen',
  'mehr erfahren',
  'mehr dazu',
  'mehr infos',
  'mehr informationen',
  'weiter',
  'weiterlesen',
  'weiter lesen',
  'link',
  'dieser link',
  'details',
  'zum artikel',
  'read more',
  'click here',
  'more',
]);

/** Lower case, single spaces, without the arrows, ellipses and punctuation that decorate links ("Mehr …" → "mehr"). */
export function normaliseLinkText(text: string): string {
  return text
    .toLocaleLowerCase('de-DE')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.:!?…»«›‹→←>"„“”'()[\]-]/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

export function isVagueLinkText(text: string): boolean {
  return VAGUE_LINK_TEXTS.has(normaliseLinkText(text));
}
