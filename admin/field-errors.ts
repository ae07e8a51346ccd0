/**
 * The content check's messages next to the field they concern, before saving.
 *
 * Decap asks every field's control whether it is valid (`isValid()`) when the editor saves, and lists what
 * a control reports right above that field, marks the field red and does not save. The built-in controls
 * of the text, date and choice widgets are wrapped here: the wrapper asks the original control first, then
 * runs the content check's rules for the whole entry (pre-save.ts prepares it as saving would, entry-check.ts
 * checks it with the model's own schema, and against the entries /admin/ was built with for duplicates) and
 * reports the problems that name this field, in the check's words. Rules across fields (end after start)
 * land on the field the check names. The pre-save hook in init.ts stays the last wall for anything not shown
 * at a field (a half-filled group, for instance).
 */
import { Component, createElement as h, type ComponentType } from 'react';
import { checkEntry, sayProblem, type AmongOthers, type EntryProblem, type IdentityIndex } from '../src/lib/cms/entry-check.ts';
import { concernsField } from '../src/lib/cms/field-problems.ts';
import { asSaved } from '../src/lib/cms/pre-save.ts';
import type { EntryRules } from '../src/lib/cms/types.ts';
import type { CollectionName } from '../src/model/fields.ts';

interface ImmutableLike {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
}

interface ControlProps {
  field: { get(key: string): unknown };
  getEntry: () => ImmutableLike;
  parentIds?: string[];
}

type Validity = boolean | { error: unknown } | Promise<unknown>;

interface WithIsValid {
  isValid?: () => Validity;
}

/** Decap's widgets whose fields the model's rules can concern (text, dates and times, numbers, choices). */
export const CHECKED_WIDGETS = ['string', 'text', 'datetime', 'number', 'select'] as const;

/** Decap's entry among the others /admin/ was built with: a saved entry is itself (its slug) there, a new one not yet. */
export function amongOthers(entry: Pick<ImmutableLike, 'get'>, index: IdentityIndex): AmongOthers {
  return { index, id: entry.get('newRecord') === true ? undefined : String(entry.get('slug')) };
}

/** The content check's problems of the entry being edited, as the CMS would save it. */
function entryProblems(entry: ImmutableLike, allRules: Record<string, EntryRules>, identities: IdentityIndex): EntryProblem[] {
  const collection = String(entry.get('collection'));
  const rules = allRules[collection];
  const data = entry.get('data') as ImmutableLike | undefined;
  if (!rules || !data) return [];
  return checkEntry(collection as CollectionName, asSaved(data.toJS(), rules, entry.get('newRecord') === true), amongOthers(entry, identities));
}

/** The original control, asked first, then the content check's messages for this field. */
export function checkedControl(Original: ComponentType<ControlProps>, allRules: Record<string, EntryRules>, identities: IdentityIndex) {
  return class Checked extends Component<ControlProps> {
    inner: WithIsValid | null = null;

    // Decap calls it unbound, so it is an arrow function.
    isValid = (): Validity => {
      const own = this.inner?.isValid?.();
      if (own !== undefined && own !== true && !(typeof own === 'object' && 'error' in own && own.error === false)) return own;
      const { field, getEntry, parentIds = [] } = this.props;
      const name = String(field.get('name'));
      const label = String(field.get('label'));
      const mine = entryProblems(getEntry(), allRules, identities).filter((p) => concernsField(p, name, label, parentIds.length === 0));
      return mine.length ? { error: { type: 'CUSTOM', message: mine.map(sayProblem).join(' ') } } : true;
    };

    override render() {
      return h(Original, { ...this.props, ref: (r: WithIsValid | null) => void (this.inner = r) } as ControlProps);
    }
  };
}
