/**
 * The content check's rules for one entry, run in the CMS before saving: the collection's own schema from
 * src/model/ (field patterns and lengths, and its cross-field `checks` such as "Ende nach Beginn" or the
 * postcode's five digits), so the CMS refuses what the build would refuse, with the content check's words.
 *
 * Duplicates are checked against the entries /admin/ was built with (`buildIdentities`); whether a referenced
 * entry exists or an image file is there is left to the content check: references and images are accepted as
 * they are here (a reference can only be chosen from existing entries).
 * A missing required field is left to Decap's own check, which names it beside the field.
 */
import { z } from 'zod';
import { labelForPath, type CollectionName, type FieldSpec, type ImageSchema, type SchemaTools } from '../../model/fields.ts';
import { sameEntryMessage } from '../../model/collection.ts';
import { collectionDescriptions, fieldSpecs } from '../../model/registry.ts';
import { ADDRESS_KEY } from './address.ts';

export interface EntryProblem {
  /** Path of the field, as in the content check ("venue.postcode"). */
  field: string;
  /** Its labels, outermost first ("Ort › Postleitzahl"). */
  label: string;
  /** The content check's own message for it. */
  message: string;
}

/** References and images as the single-entry check takes them: accepted as written ({ collection, id } and the path). */
export const checkTools: SchemaTools = {
  reference: <C extends CollectionName>(collection: C) =>
    z.string().transform((id) => ({ collection, id })) as unknown as z.ZodType<{ collection: C; id: string }, string>,
  image: () => z.string() as unknown as ImageSchema,
};

const schemas = new Map<string, z.ZodType>();

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

function schemaOf(collection: CollectionName): z.ZodType {
  let schema = schemas.get(collection);
  if (!schema) schemas.set(collection, (schema = collectionDescriptions[collection].schema(checkTools) as z.ZodType));
  return schema;
}

/**
 * Each collection's entries by what makes two of them the same (the model's `identity`), with id and file:
 * built with /admin/ from every file, so the CMS can refuse a duplicate before saving.
 */
export type IdentityIndex = Partial<Record<CollectionName, Record<string, { id: string; file: string }>>>;

/** The entry being edited among the others: its id (none while it is new) and the others' identities. */
export interface AmongOthers {
  index: IdentityIndex;
  id?: string;
}

function identityOf(collection: CollectionName, data: unknown): string | undefined {
  return (collectionDescriptions[collection].identity as (d: unknown) => string | undefined)(data);
}

/** The index of identities of entries as their schema gives them (the site's or the CMS's: identities are the same). */
export function buildIdentities(entries: readonly { collection: CollectionName; id: string; file: string; data: unknown }[]): IdentityIndex {
  const index: IdentityIndex = {};
  for (const e of entries) {
    const key = identityOf(e.collection, e.data);
    const known = (index[e.collection] ??= {});
    if (key !== undefined && !(key in known)) known[key] = { id: e.id, file: e.file };
  }
  return index;
}

function sameEntryProblems(collection: CollectionName, data: Record<string, unknown>, others: AmongOthers): EntryProblem[] {
  const key = identityOf(collection, data);
  const twin = key === undefined ? undefined : others.index[collection]?.[key];
  if (!twin || twin.id === others.id) return [];
  const { summaryField } = collectionDescriptions[collection];
  return [{ field: summaryField, label: labelForPath(fieldSpecs(collection), [summaryField]) ?? '', message: sameEntryMessage(String(data[summaryField]), twin.file) }];
}

/**
 * What the content check would say about this entry's own data (the CMS's data: body and address aside), and,
 * given the others, whether it is one of them again.
 */
export function checkEntry(collection: CollectionName, entry: Record<string, unknown>, others?: AmongOthers): EntryProblem[] {
  const { body: _body, [ADDRESS_KEY]: _address, ...data } = entry;
  const result = schemaOf(collection).safeParse(data);
  if (result.success) return others ? sameEntryProblems(collection, result.data as Record<string, unknown>, others) : [];
  const fields = fieldSpecs(collection);
  return result.error.issues
    .filter((i) => !(i.code === 'invalid_type' && valueAt(data, i.path) === undefined))
    .map((i) => ({ field: i.path.join('.'), label: labelForPath(fields, i.path) ?? '', message: i.message }));
}

/** One problem as the CMS says it: the field's label, then the content check's message. */
export function sayProblem(p: EntryProblem): string {
  return p.label ? `„${p.label}“ ${p.message}` : p.message;
}

/**
 * The entry's data as the site's components get it (dates, references as { collection, id }), for the preview
 * drawn with them (site-preview.astro). Top-level fields holding a photo are left out: the photo is not saved yet,
 * and the CMS's own preview shows it. Otherwise the first problem, in the content check's words.
 */
export function parseForPreview(
  collection: CollectionName,
  entry: unknown,
): { ok: true; data: Record<string, unknown> } | { ok: false; problem: string } {
  const fields = fieldSpecs(collection);
  const given = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
  const data = Object.fromEntries(
    Object.entries(given).filter(([k]) => k !== 'body' && k !== ADDRESS_KEY && !holdsImage(fields[k])),
  );
  const result = schemaOf(collection).safeParse(data);
  if (result.success) return { ok: true, data: result.data as Record<string, unknown> };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: sayProblem({ field: issue.path.join('.'), label: labelForPath(fields, issue.path) ?? '', message: issue.message }) };
}

function holdsImage(spec: FieldSpec | undefined): boolean {
  return spec?.kind === 'image' || Object.values(spec?.fields ?? {}).some((f) => f.kind === 'image');
}
