/**
 * The site's own components an editor may write as a tag in a text (`<AccessibilityChecks />`), with the
 * attributes each takes (none so far). Every other tag, HTML or component, is refused by the content check
 * (src/lib/content/mdx-policy.ts); content-components.ts must render each tag named here.
 */
export const EDITOR_TAGS = {
  AccessibilityChecks: { attributes: [] },
} as const satisfies Record<string, { attributes: readonly string[] }>;

export type EditorTag = keyof typeof EDITOR_TAGS;
