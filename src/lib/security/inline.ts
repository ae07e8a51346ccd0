/**
 * Finds what a Content-Security-Policy has to know about in one built HTML page: inline scripts and
 * inline <style> elements (allowed by hash), and inline code a hash-based policy cannot allow at all
 * (style="" attributes, on…="" handlers, javascript: URLs), so the build can name them.
 *
 * No HTML library on purpose: this runs inside the build, where only production dependencies are
 * guaranteed. <script> and <style> are raw-text elements (their body ends at the first matching end
 * tag), so a tokenizer for comments, raw-text elements and start tags is exact for them.
 */

export interface InlineCode {
  /** Bodies of inline scripts the browser executes (classic, module, importmap, speculationrules). */
  scripts: string[];
  /** Bodies of inline <style> elements. */
  styles: string[];
  /** style="" attribute values (need 'unsafe-inline' or 'unsafe-hashes'; we allow neither). */
  styleAttributes: string[];
  /** Event handler attributes such as onclick="…", as "element@attribute". */
  eventHandlers: string[];
  /** href/src/action values with a javascript: URL. */
  javascriptUrls: string[];
}

const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Start tags whose attributes cannot hold a style attribute, an event handler or a javascript: URL are not
 * parsed at all (most tags of a page): a quick test of the raw attribute text, never narrower than
 * inspectAttributes() below.
 */
const MAY_MATTER = /style|(?:^|[\s"'/<=])on[a-z]|javascript/i;

/** MIME essences the HTML standard treats as JavaScript, plus the non-JS types that still run under script-src. */
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** Attributes of one start tag, names lower-cased, entity references in values decoded where it matters (&amp; &quot;). */
export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (attributes.has(name)) continue; // the first of duplicate attributes wins, as in browsers
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes.set(name, value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&'));
  }
  return attributes;
}

/** Whether a <script> with these attributes runs its inline body (data blocks such as JSON-LD do not). */
export function isExecutableScript(attributes: Map<string, string>): boolean {
  if (attributes.has('src')) return false;
  const type = (attributes.get('type') ?? '').split(';')[0]!.trim().toLowerCase();
  return EXECUTABLE_TYPES.has(type);
}

export function findInlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], styleAttributes: [], eventHandlers: [], javascriptUrls: [] };
  for (const match of html.matchAll(TOKEN)) {
    const [, rawTag, rawAttributes, body, tag, tagAttributes] = match;
    if (rawTag !== undefined) {
      const attributes = parseAttributes(rawAttributes ?? '');
      if (rawTag.toLowerCase() === 'script') {
        if (isExecutableScript(attributes)) found.scripts.push(body ?? '');
      } else {
        found.styles.push(body ?? '');
      }
      inspectAttributes(rawTag.toLowerCase(), attributes, found);
    } else if (tag !== undefined && MAY_MATTER.test(tagAttributes ?? '')) {
      inspectAttributes(tag.toLowerCase(), parseAttributes(tagAttributes ?? ''), found);
    }
  }
  return found;
}

function inspectAttributes(tag: string, attributes: Map<string, string>, found: InlineCode): void {
  for (const [name, value] of attributes) {
    if (name === 'style') found.styleAttributes.push(value);
    else if (/^on[a-z]+$/.test(name)) found.eventHandlers.push(`${tag}@${name}`);
    else if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*javascript:/i.test(value)) {
      found.javascriptUrls.push(`${tag}@${name}`);
    }
  }
}

/**
 * Puts the policy into the page as `<meta http-equiv="Content-Security-Policy">`, right after the charset
 * declaration (which must stay in the first 1024 bytes) and before any script or style it governs.
 */
export function insertMetaCsp(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('Kein <head> gefunden: die Seite kann keine CSP als <meta> bekommen.');
  return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
}
