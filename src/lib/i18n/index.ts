/** The site's UI texts: t('site.skipLink') → "Zum Inhalt springen". Only German exists; the site is German. */
import { de, type UiKey } from './de.ts';

export type { UiKey };

/** The text for `key`, with {placeholders} filled from `vars`. A placeholder left unfilled is an error. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return de[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Text „${key}“: Platzhalter {${name}} fehlt`);
    return String(value);
  });
}
