/**
 * Content-Security-Policy as data: directives in a fixed order, serialised once, and the hash sources
 * that allow exactly one inline <script> or <style>. Pure functions; the policy itself is in policy.ts.
 */
import { createHash } from 'node:crypto';

/** Directive name → source list. An empty list is a directive without sources (upgrade-insecure-requests). */
export type Directives = Readonly<Record<string, readonly string[]>>;

/** "default-src 'self'; img-src 'self' data:; upgrade-insecure-requests" — order as given, duplicates removed. */
export function serializeCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...new Set(sources)].join(' '))
    .join('; ');
}

/** The reverse of serializeCsp (for tests and checks): directive names lower-cased, sources as written. */
export function parseCsp(header: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // The first occurrence of a directive wins (CSP3 §2.2.1): later duplicates are ignored by browsers.
    if (!(key in directives)) directives[key] = sources;
  }
  return directives;
}

/** The CSP hash source for an inline script or style body, e.g. 'sha256-…='. The text is hashed as UTF-8, byte for byte. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
