/** The components an MDX body is rendered with: `<Content components={contentComponents} />`. */
import ContentLink from './ContentLink.astro';

export const contentComponents = { a: ContentLink };
