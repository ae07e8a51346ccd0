/**
 * The inline code the site itself writes, known before the build: the only inline scripts and styles the
 * Content-Security-Policy may allow by hash. Everything else found in a built page — a <script> or <style>
 * that came in with content, a style="" attribute, an on…="" handler, a javascript: URL — is not ours and
 * stops the build (src/integrations/security-headers.ts); it never gets a hash.
 *
 * Astro's own component styles never appear inline: astro.config.mjs sets build.inlineStylesheets to
 * "never", so they are files under /_astro/ and 'self' covers them.
 */
import { hashSource } from './csp.ts';
import { findInlineCode } from './inline.ts';
import type { InlineHashes } from './policy.ts';

/** /admin/: Decap starts only when admin/init.ts has handed it the configuration (src/pages/admin/index.astro). */
export const CMS_MANUAL_INIT_SCRIPT = 'window.CMS_MANUAL_INIT = true;';

/**
 * Every page (src/layouts/BaseLayout.astro): the cascade-layer order, declared once and first — layer order
 * is fixed by first appearance, and a component's stylesheet may come before the global one.
 */
export const LAYER_ORDER_STYLE = '@layer reset, tokens, base, components, utilities;';

/**
 * The map of Saxony (src/components/map/SaxonyMap.astro): one rule per labelled town that shows its name
 * label on hover and focus. Only the towns' positions (numbers) vary; its shape is checked by isMapLabelStyle.
 */
export function mapLabelStyle(indices: readonly number[]): string {
  return `${indices.map((i) => `.saxony-map:has(.t${i}:is(:hover,:focus-visible)) .l${i}`).join(',')}{visibility:visible}`;
}
const MAP_LABEL_RULE = String.raw`\.saxony-map:has\(\.t\d+:is\(:hover,:focus-visible\)\) \.l\d+`;
const MAP_LABEL_STYLE = new RegExp(`^${MAP_LABEL_RULE}(?:,${MAP_LABEL_RULE})*\\{visibility:visible\\}$`);
/** Whether a <style> body is exactly what mapLabelStyle() writes, for some list of positions. */
export function isMapLabelStyle(text: string): boolean {
  return MAP_LABEL_STYLE.test(text);
}

/** Bodies of the inline scripts the site's own templates write. */
export const OWN_INLINE_SCRIPTS: readonly string[] = [CMS_MANUAL_INIT_SCRIPT];
/** Bodies of the fixed inline <style> elements the site's own templates write (and the map's, by shape). */
export const OWN_INLINE_STYLES: readonly string[] = [LAYER_ORDER_STYLE];

const ownScripts = new Set(OWN_INLINE_SCRIPTS.map(hashSource));
const ownStyles = new Set(OWN_INLINE_STYLES.map(hashSource));
const isOwnStyle = (text: string) => ownStyles.has(hashSource(text)) || isMapLabelStyle(text);

export interface PageInlineCheck {
  /** Hashes of the page's inline code that the policy may list (all of them the site's own). */
  hashes: InlineHashes;
  /** German descriptions of inline code that is not the site's own; any of them stops the build. */
  foreign: string[];
}

/** A short, one-line excerpt of inline code for a message. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** Checks one built page: which of its inline code is the site's own (hashes), and what is not (foreign). */
export function checkPageInlineCode(html: string): PageInlineCheck {
  const inline = findInlineCode(html);
  const foreign: string[] = [];
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const script of inline.scripts) {
    const hash = hashSource(script);
    if (ownScripts.has(hash)) scripts.push(hash);
    else foreign.push(`fremdes Inline-Skript „${excerpt(script)}“`);
  }
  for (const style of inline.styles) {
    if (isOwnStyle(style)) styles.push(hashSource(style));
    else foreign.push(`fremder <style>-Block „${excerpt(style)}“`);
  }
  for (const value of inline.styleAttributes) foreign.push(`style-Attribut style="${excerpt(value)}"`);
  for (const handler of inline.eventHandlers) foreign.push(`Event-Handler-Attribut ${handler.replace('@', ' ')}`);
  for (const url of inline.javascriptUrls) foreign.push(`javascript:-Adresse in ${url.replace('@', ' ')}`);
  return { hashes: { scripts: [...new Set(scripts)], styles: [...new Set(styles)] }, foreign };
}

/** The German error for pages with foreign inline code: each page named, with what was found in it. */
export function foreignInlineCodeMessage(found: ReadonlyMap<string, readonly string[]>): string {
  const SHOWN = 20;
  const lines = [...found].slice(0, SHOWN).map(([page, items]) => `  ${page}: ${items.join('; ')}`);
  if (found.size > SHOWN) lines.push(`  … und ${found.size - SHOWN} weitere Seiten`);
  return [
    `Build abgebrochen: ${found.size === 1 ? 'eine Seite enthält' : `${found.size} Seiten enthalten`} Skript- oder Stil-Code, der nicht von der Website selbst stammt.`,
    'Die Content-Security-Policy erlaubt nur die eigenen Skripte und Stile der Website; Code aus Inhalten wird nie freigegeben.',
    'Bitte den Code aus dem Inhalt der genannten Seite entfernen (Texte sind Markdown, kein HTML):',
    ...lines,
  ].join('\n');
}
