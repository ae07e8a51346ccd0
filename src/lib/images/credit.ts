/**
 * Photo credits as visitors read them ("Foto: © SMI") and as search engines want them (JSON-LD).
 * Editors type the credit as it should stand ("© SMI", "Stadt Heidenau", "Foto: Max Muster").
 */

const LABELLED = /^(foto|fotos|bild|bilder|grafik|abbildung|illustration)\s*:/i;

/** "© SMI" → "Foto: © SMI"; a credit that already says what it is stays as it is. */
export function creditLine(credit: string): string {
  const c = credit.trim();
  return LABELLED.test(c) ? c : `Foto: ${c}`;
}

/** Who is credited, without label and copyright sign: "Foto: © SMI" → "SMI". */
export function creditName(credit: string): string {
  return credit
    .trim()
    .replace(LABELLED, '')
    .replace(/^\s*(©|\(c\)|copyright)\s*/i, '')
    .trim();
}
