/**
 * Runs a collection's schema, checks included, on plain in-memory data in unit tests. Astro's `reference()`
 * and `image()` need the content store; these stand-ins take an id or a file name as the files hold them.
 */
import { z } from 'astro/zod';
import type { Collection, Publication } from './collection.ts';
import type { CollectionName, ImageSchema, SchemaTools, Shape } from './fields.ts';

export const testTools: SchemaTools = {
  reference: <C extends CollectionName>(collection: C) =>
    z.string().transform((id) => ({ collection, id })) as unknown as z.ZodType<{ collection: C; id: string }, string>,
  image: () => z.string() as unknown as ImageSchema,
};

export interface Problem {
  path: (string | number)[];
  message: string;
}

/** The problems the collection's schema reports for one entry's data (an empty list: the entry is valid). */
export function problems<S extends Shape, P extends Publication | undefined, L extends string>(
  collection: Collection<S, P, L>,
  data: unknown,
): Problem[] {
  const result = collection.schema(testTools).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));
}

export interface CrossProblem extends Problem {
  file: string;
}

/**
 * The problems a collection's checks across entries report for in-memory entries (id → data, each valid on
 * its own; its file is named as the content check names it), as the content check runs them.
 */
export function crossProblems<S extends Shape, P extends Publication | undefined, L extends string>(
  collection: Collection<S, P, L>,
  entries: Record<string, unknown>,
): CrossProblem[] {
  const schema = collection.schema(testTools);
  const checked = Object.entries(entries).map(([id, data]) => ({
    id,
    file: `${collection.folder}/${id}.${collection.format}`,
    data: schema.parse(data),
  }));
  const found: CrossProblem[] = [];
  collection.crossChecks?.(checked, (entry, path, message) => found.push({ file: entry.file, path, message }));
  return found;
}
