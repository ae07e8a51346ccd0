/** The components an MDX body is rendered with: `<Content components={contentComponents} />`. */
import AccessibilityChecks from './AccessibilityChecks.astro';
import ContentLink from './ContentLink.astro';
import type { EditorTag } from './editor-tags.ts';

/**
 * `a` replaces every link; the named ones are used as tags (<AccessibilityChecks /> on /barrierefreiheit/),
 * one for each tag editors may write (editor-tags.ts).
 */
export const contentComponents = { a: ContentLink, AccessibilityChecks } satisfies { a: unknown } & Record<EditorTag, unknown>;
