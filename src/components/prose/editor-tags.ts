/**
 * The site's own components an editor may write as a tag in a text (`<AccessibilityChecks />`), with the
 * attributes each takes and, where a value must be one of a known set, the check of that value. Every other
 * tag, HTML or component, and every other attribute, is refused by the content check
 * (src/lib/content/mdx-policy.ts); content-components.ts must render each tag named here.
 */
import { isOperatorField, OPERATOR_FIELDS } from '../../model/settings/publication-check.ts';

export interface EditorTagSpec {
  /** Attributes the tag takes, written as text (`field="contactEmail"`) or bare (`block`). */
  readonly attributes: readonly string[];
  /** Attributes the tag cannot do without. */
  readonly required?: readonly string[];
  /** What is wrong with an attribute's value, in an editor's words; undefined when it is fine. */
  readonly valueProblem?: (attribute: string, value: string | null) => string | undefined;
}

export const EDITOR_TAGS = {
  AccessibilityChecks: { attributes: [] },
  /** One value of the operator data in the settings, on the legal pages (OperatorValue.astro). */
  OperatorValue: {
    attributes: ['field', 'label', 'after', 'block'],
    required: ['field'],
    valueProblem: (attribute, value) =>
      attribute === 'field' && (value === null || !isOperatorField(value))
        ? `<OperatorValue field="…" /> kennt das Feld „${value ?? ''}“ nicht. Möglich sind: ${Object.keys(OPERATOR_FIELDS).join(', ')}.`
        : undefined,
  },
} as const satisfies Record<string, EditorTagSpec>;

export type EditorTag = keyof typeof EDITOR_TAGS;
