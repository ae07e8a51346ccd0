/** A collection described once: where its files live, its German names, its fields and cross-field checks. */
import { z } from 'astro/zod';
import type { CollectionName, SchemaTools, Shape, ZodShape } from './fields.ts';

export type Report = (path: (string | number)[], message: string) => void;

export interface CollectionDescription<S extends Shape> {
  name: CollectionName;
  /** Plural, as the CMS and the site name it ("Kommunen"). */
  label: string;
  /** Singular ("Kommune"). */
  labelSingular: string;
  /** Folder below the project root, written by the CMS. */
  folder: string;
  format: 'yaml' | 'mdx';
  /** What editors see above the list in the CMS. */
  hint: string;
  /** The field that names an entry in lists and relation pickers. */
  summaryField: keyof S & string;
  fields: S;
  /** MDX collections: the body below the frontmatter. */
  body?: { label: string; hint: string };
  /** Checks that look at several fields at once. */
  checks?: (data: z.output<z.ZodObject<ZodShape<S>>>, report: Report) => void;
}

export interface Collection<S extends Shape> extends CollectionDescription<S> {
  schema(tools: SchemaTools): z.ZodType<z.output<z.ZodObject<ZodShape<S>>>>;
}

export function describeCollection<S extends Shape>(d: CollectionDescription<S>): Collection<S> {
  return {
    ...d,
    schema(tools) {
      const shape = {} as Record<string, z.ZodType>;
      for (const [k, f] of Object.entries(d.fields)) shape[k] = f.build(tools);
      const base = z.strictObject(shape) as unknown as z.ZodObject<ZodShape<S>>;
      if (!d.checks) return base;
      const checks = d.checks;
      return base.superRefine((data, ctx) => {
        checks(data, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
      }) as unknown as z.ZodType<z.output<z.ZodObject<ZodShape<S>>>>;
    },
  };
}
