/**
 * THE one place where a quality gate is relaxed. Every entry names exactly what is exempt and why.
 * The gates that read this file (tests/quality/*.test.ts) fail on an entry that no longer matches anything,
 * so an exception disappears as soon as its reason does.
 *
 * Empty lists are the goal. Before adding an entry, fix the page; if that is not possible (a third-party
 * bundle, a standard the checker gets wrong), add it here with a reason a reviewer can check.
 */

export interface Exception {
  reason: string;
}

/**
 * html-validate rules switched off or changed in .htmlvalidate.json (JSON has no comments, so the reasons are
 * here). The html-validate test fails if .htmlvalidate.json changes a rule that is not listed here, or the other way round.
 */
export const htmlValidateRules: Record<string, Exception> = {};

/** HTML files html-validate does not check at all (path relative to the build output). */
export const htmlValidateSkippedFiles: Record<string, Exception> = {};

/** axe findings accepted on some pages: rule id → page paths ("*" at the end = prefix). */
export const axeRules: Record<string, Exception & { pages: string[] }> = {};

/** Pages that need no meta description (path as served). Every page needs its own title. */
export const descriptionExemptPages: Record<string, Exception> = {
  '/admin/': {
    reason:
      'Die Redaktionsoberfläche (Decap CMS) ist noindex, nofollow und steht in keiner Sitemap: Keine Suchmaschine und keine Vorschau zeigt ihre Beschreibung.',
  },
};

/**
 * Files that may differ between two builds of the same commit (path relative to the output; "*" at the end =
 * prefix). Everything else must be byte-identical.
 */
export const nondeterministicFiles: Record<string, Exception> = {};

/** Origins besides the site's own that a public page may contact (none: no CDN, no fonts, no analytics). */
export const allowedForeignOrigins: Record<string, Exception> = {};

/** Console messages (errors and warnings) a page may log, as regular-expression sources. */
export const allowedConsoleMessages: Record<string, Exception> = {};

/**
 * Findings of the WCAG checks beyond axe (tests/quality/wcag-sweep.test.ts) accepted on some pages. `check` is
 * an id from src/lib/a11y/checks.ts, `selector` the start of the reported selector, `pages` page paths ("*" at
 * the end = prefix).
 */
export const wcagFindings: Record<string, Exception & { check: 'reflow' | 'text-spacing' | 'focus' | 'target-size' | 'zoom'; selector: string; pages: string[] }> = {};
