/** The components an MDX body is rendered with: `<Content components={contentComponents} />`. */
import AccessibilityChecks from './AccessibilityChecks.astro';
import ContentLink from './ContentLink.astro';

/** `a` replaces every link; the named ones are used as tags (<AccessibilityChecks /> on /barrierefreiheit/). */
export const contentComponents = { a: ContentLink, AccessibilityChecks };
