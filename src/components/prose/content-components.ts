/** The components an MDX body is rendered with: `<Content components={contentComponents} />`. */
import AccessibilityChecks from './AccessibilityChecks.astro';
import ContentLink from './ContentLink.astro';
import OperatorValue from './OperatorValue.astro';

/**
 * `a` replaces every link; the named ones are used as tags (<AccessibilityChecks /> on /barrierefreiheit/,
 * <OperatorValue field="…" /> for the operator data on the legal pages).
 */
export const contentComponents = { a: ContentLink, AccessibilityChecks, OperatorValue };
