/** A collection described once: where its files live, its German names, its fields and cross-field checks. */
import { z } from 'astro/zod';
import type { CollectionName, SchemaTools, Shape, ZodShape } from './fields.ts';

export type Report = (path: (string | number)[], message: string) => void;

/**
 * Where the site publishes a collection's entries. Paths, breadcrumbs, search kinds and share-card kinds are
 * derived from this (src/model/paths.ts, breadcrumbs.ts, search-kinds.ts, share-cards.ts), never restated.
 */
export interface Publication {
  /** The URL segment: the list at /<segment>/, each entry at /<segment>/<id>/; '' puts entries at the root. */
  segment: string;
  /** The list page's name in breadcrumbs; the collection's plural label if left out. */
  breadcrumb?: string;
  /**
   * The search finds its entry pages: a result shows the singular label ("Kommune", also the `typ` filter
   * value), the type filter the plural; `order` is the position in that filter.
   */
  search?: { order: number };
  /** Each entry page has a share card at /og/<segment>/<id>.png. */
  shareCard?: true;
}

export interface CollectionDescription<
  S extends Shape,
  P extends Publication | undefined = Publication | undefined,
  L extends string = string,
> {
  name: CollectionName;
  /** Plural, as the CMS and the site name it ("Kommunen"). */
  label: string;
  /** Singular ("Kommune"). */
  labelSingular: L;
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
  /** Where the entries appear on the site; left out for collections without pages of their own (settings). */
  site?: P;
  /** A single fixed file instead of a folder of entries: its id (file name without extension) and CMS label. */
  singleton?: { id: string; label: string };
  /** Checks that look at several fields at once. */
  checks?: (data: z.output<z.ZodObject<ZodShape<S>>>, report: Report) => void;
}

export interface Collection<
  S extends Shape,
  P extends Publication | undefined = Publication | undefined,
  L extends string = string,
> extends Omit<CollectionDescription<S, P, L>, 'site'> {
  /** As described; `undefined` for a collection without pages. */
  site: P;
  schema(tools: SchemaTools): z.ZodType<z.output<z.ZodObject<ZodShape<S>>>>;
}

export function describeCollection<
  S extends Shape,
  const P extends Publication | undefined = undefined,
  const L extends string = string,
>(d: CollectionDescription<S, P, L>): Collection<S, P, L> {
  return {
    ...d,
    site: d.site as P,
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
