/** The components an MDX body is rendered with: `<Content components={contentComponents} />`. */
import AccessibilityChecks from './AccessibilityChecks.astro';
import ContentLink from './ContentLink.astro';
import type { EditorTag } from './editor-tags.ts';
import OperatorValue from './OperatorValue.astro';

/**
 * `a` replaces every link; the named ones are used as tags (<AccessibilityChecks /> on /barrierefreiheit/,
 * <OperatorValue field="…" /> for the operator data on the legal pages), one for each tag editors may write
 * (editor-tags.ts).
 */
export const contentComponents = { a: ContentLink, AccessibilityChecks, OperatorValue } satisfies { a: unknown } & Record<EditorTag, unknown>;
