/**
 * The address (file name) of a new entry, made from its title the German way: ä → ae, ö → oe, ü → ue, ß → ss,
 * as in the existing `glaenzen-statt-schwaenzen` and `goerlitz`. Decap's own `clean_accents` drops the dots
 * (ä → a, "pravention"), and its `slug` settings (encoding, clean_accents, sanitize_replacement) offer no
 * transliteration table. So the pre-save hook (pre-save.ts) puts this address into the entry's data under
 * ADDRESS_KEY, the collection's `slug` template reads it (`{{fields.…}}`), and the file format leaves the key
 * out of the file (file-format.ts).
 */

/** A field name no collection uses; it lives only between the pre-save hook and Decap's slug template. */
export const ADDRESS_KEY = 'adresseAusDemTitel';

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

/** "Prävention für 14-Jährige" → "praevention-fuer-14-jaehrige". Other accents lose their marks (é → e). */
export function germanAddress(title: string): string {
  return title
    .toLocaleLowerCase('de')
    .replace(/[äöüßẞ]/g, (c) => GERMAN[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
