/**
 * What happens to an entry between "Speichern" and the file: Decap's own checks have passed; this makes
 * sure the file it writes passes the content check too.
 *
 *   - Optional fields the editor emptied are left out (Decap would write `feld: ""`, which the schema
 *     refuses). An optional group (the title image) left completely empty is left out as a whole.
 *   - An optional group that is partly filled must have its required fields (Decap cannot say "required
 *     if the group is used"); otherwise saving is refused with a message naming the missing fields.
 *   - The MDX body is made safe (escape-mdx.ts).
 *   - A new entry gets its address from its title with German transliteration (address.ts).
 *
 * Pure: it reads plain data and returns edits, which admin/init.ts applies to Decap's immutable entry
 * (and asSaved() to a plain copy, for the checks and the preview before saving).
 * Valid data that was not touched yields no edits, so re-saving an entry changes nothing.
 */
import type { FieldSpec } from '../../model/fields.ts';
import { ADDRESS_KEY, germanAddress } from './address.ts';
import { escapeMdx } from './escape-mdx.ts';
import type { EntryRules } from './types.ts';

export type Path = (string | number)[];
export type Edit = { op: 'delete'; path: Path } | { op: 'set'; path: Path; value: string };

export interface SavePlan {
  edits: Edit[];
  /** German sentences; when there are any, the entry is not saved. */
  problems: string[];
}

type Data = Record<string, unknown>;

function isObject(v: unknown): v is Data {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Nothing an editor entered: blank texts, empty lists, untouched switches, groups of those. */
function isBlankDeep(v: unknown, spec: FieldSpec): boolean {
  if (isBlank(v)) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'boolean') return v === spec.default;
  if (isObject(v) && spec.fields) {
    return Object.entries(v).every(([k, child]) => {
      const childSpec = spec.fields![k];
      return childSpec ? isBlankDeep(child, childSpec) : isBlank(child);
    });
  }
  return false;
}

function quoteList(labels: string[]): string {
  const q = labels.map((l) => `„${l}“`);
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} und ${q.at(-1)}` : q[0]!;
}

function walk(data: Data, fields: Record<string, FieldSpec>, path: Path, trail: string, plan: SavePlan): void {
  for (const [key, spec] of Object.entries(fields)) {
    const value = data[key];
    const here = [...path, key];
    const label = trail ? `${trail} › ${spec.label}` : spec.label;
    if (spec.kind === 'object' && isObject(value)) {
      if (!spec.required && isBlankDeep(value, spec)) {
        plan.edits.push({ op: 'delete', path: here });
        continue;
      }
      walk(value, spec.fields!, here, label, plan);
      if (!spec.required) {
        const missing = Object.entries(spec.fields!)
          .filter(([k, s]) => s.required && isBlankDeep(value[k], s))
          .map(([, s]) => s.label);
        if (missing.length) {
          plan.problems.push(
            `„${label}“ ist nur teilweise ausgefüllt: Bitte auch ${quoteList(missing)} ausfüllen – oder alle Felder von „${spec.label}“ leeren.`,
          );
        }
      }
      continue;
    }
    if (spec.kind === 'list' && Array.isArray(value) && spec.item?.kind === 'object') {
      value.forEach((item, i) => {
        if (isObject(item)) walk(item, spec.item!.fields!, [...here, i], `${label} › Eintrag ${i + 1}`, plan);
      });
      continue;
    }
    if (!spec.required && value !== undefined && isBlank(value)) plan.edits.push({ op: 'delete', path: here });
  }
}

/** `newEntry`: the entry has no file yet (Decap's `newRecord`); only then is an address made. */
export function planSave(data: Data, rules: EntryRules, newEntry = false): SavePlan {
  const plan: SavePlan = { edits: [], problems: [] };
  const title = rules.addressFrom ? data[rules.addressFrom] : undefined;
  if (newEntry && typeof title === 'string') plan.edits.push({ op: 'set', path: [ADDRESS_KEY], value: germanAddress(title) });
  walk(data, rules.fields, [], '', plan);
  if (rules.kind === 'mdx' && typeof data.body === 'string') {
    const safe = escapeMdx(data.body);
    if (safe !== data.body) plan.edits.push({ op: 'set', path: ['body'], value: safe });
  }
  return plan;
}

/** The entry's data as saving would write it (the plan's edits applied to a copy), for checks and previews before saving. */
export function asSaved(data: Data, rules: EntryRules, newEntry = false): Data {
  const copy = structuredClone(data);
  for (const edit of planSave(data, rules, newEntry).edits) {
    const parent = edit.path.slice(0, -1).reduce<unknown>((v, k) => (isObject(v) || Array.isArray(v) ? (v as Data)[k as string] : undefined), copy);
    const key = edit.path.at(-1)!;
    if (!isObject(parent) && !Array.isArray(parent)) continue;
    if (edit.op === 'delete') delete (parent as Data)[key as string];
    else (parent as Data)[key as string] = edit.value;
  }
  return copy;
}
