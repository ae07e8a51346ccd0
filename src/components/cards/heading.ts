/**
 * The heading of an entry's card or teaser: its level is a prop, so headings stay in order wherever the card
 * is used (under the page's h1, a section's h2, a year's h3).
 */
export type HeadingLevel = 2 | 3 | 4;

export interface HeadingProps {
  /** Heading level of the card's title (default 3; article teasers: 2). */
  headingLevel?: HeadingLevel;
}

/** The element of a heading of that level: 3 → "h3". */
export const headingTag = (level: HeadingLevel) => `h${level}` as const;
