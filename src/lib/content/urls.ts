/**
 * Which addresses content may link to: web pages (http, https), e-mail (mailto), telephone (tel), paths on
 * this site ("/datenschutz/", "../", "bild.jpg") and anchors ("#kontakt"). Everything else (javascript:,
 * data:, vbscript:, file: …) could run code or open local files, and stops the content check.
 *
 * Used for every link, image and reference definition in a body (mdx-policy.ts; the MDX parser has already
 * decoded entities such as "&#106;avascript:"). URL fields of the model are stricter still: their rule is
 * PATTERNS.url in src/model/fields.ts (https only), stated once for the schema and the CMS.
 */

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * What a browser sees: it drops tabs and line breaks anywhere in an address and blanks and control characters
 * around it ("java\tscript:" is "javascript:").
 */
function asBrowserReads(url: string): string {
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The scheme of an address ("https", "javascript"), lower case; undefined for a relative path or anchor. */
export function schemeOf(url: string): string | undefined {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(asBrowserReads(url));
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Why an address may not be used in content, in German; undefined when it is fine. */
export function urlProblem(url: string): string | undefined {
  const clean = asBrowserReads(url);
  if (/[\u0000-\u001f\u007f]/.test(clean)) {
    return 'Die Adresse enthält unsichtbare Steuerzeichen. Bitte die Adresse neu eintippen.';
  }
  if (clean.startsWith('//') || clean.startsWith('\\\\') || clean.startsWith('/\\')) {
    return `Die Adresse „${shown(url)}“ ist unvollständig. Bitte die vollständige Adresse mit „https://“ schreiben.`;
  }
  const scheme = schemeOf(clean);
  if (scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return `Die Adresse „${shown(url)}“ ist nicht erlaubt: Links dürfen nur auf Internetseiten („https://…“), E-Mail-Adressen („mailto:…“), Telefonnummern („tel:…“) oder Seiten dieser Website („/…“) zeigen. „${scheme}:“ kann Programmcode ausführen oder Dateien öffnen.`;
}

/** An address as quoted in a message: short, and without characters that would hide its text. */
function shown(url: string): string {
  const s = url.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
