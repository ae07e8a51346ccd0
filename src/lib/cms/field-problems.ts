/**
 * Which of the content check's problems a CMS field shows beside itself (admin/field-errors.ts).
 */
import type { EntryProblem } from './entry-check.ts';

/**
 * Whether a problem concerns this control: its field name is the last part of the problem's path and its
 * label the last part of the problem's label path; a top-level control takes only problems of top-level fields.
 * In a list, the same field of every item matches (a control does not know its item's position).
 */
export function concernsField(p: EntryProblem, name: string, label: string, topLevel: boolean): boolean {
  const path = p.field.split('.');
  if (path.at(-1) !== name || p.label.split(' › ').at(-1) !== label) return false;
  return topLevel === (path.length === 1);
}
