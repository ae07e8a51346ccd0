/** A collection described once: where its files live, its German names, its fields and cross-field checks. */
import { z } from 'astro/zod';
import type { CollectionName, SchemaTools, Shape, ZodShape } from './fields.ts';

export type Report = (path: (string | number)[], message: string) => void;

/** One entry as the content check holds it after its own schema passed: its id, its file and its data. */
export interface CheckedEntry<D> {
  id: string;
  /** Path relative to the project root, e.g. "content/towns/heidenau.yaml". */
  file: string;
  data: D;
}
/**
 * The content check's words for an entry that is the same as another one (see `sameEntry`), said at its
 * summary field; the CMS says the same before saving (src/lib/cms/entry-check.ts).
 */
export function sameEntryMessage(title: string, twinFile: string): string {
  return `„${title}“ gibt es schon (${twinFile}). Derselbe Eintrag darf nur einmal vorkommen: bitte den doppelten löschen oder umbenennen.`;
}

/** Reports a problem of one entry found by a check across entries. */
export type CrossReport = (entry: { file: string }, path: (string | number)[], message: string) => void;

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
  checks?: (data: EntryData<S>, report: Report) => void;
  /**
   * Checks that look at several entries of this collection at once (run by the content check with every
   * entry whose own schema passed), e.g. two towns with one AGS.
   */
  crossChecks?: (entries: readonly CheckedEntry<EntryData<S>>[], report: CrossReport) => void;
  /**
   * When two entries are the same one (the content check refuses the second): by default when their
   * summary fields are equal, ignoring case. Articles, say, may share a title on different days.
   */
  sameEntry?: (data: EntryData<S>) => string;
}

/** An entry's data after its schema. */
export type EntryData<S extends Shape> = z.output<z.ZodObject<ZodShape<S>>>;

export interface Collection<
  S extends Shape,
  P extends Publication | undefined = Publication | undefined,
  L extends string = string,
> extends Omit<CollectionDescription<S, P, L>, 'site'> {
  /** As described; `undefined` for a collection without pages. */
  site: P;
  /** Folder below the project root, written by the CMS: content/<name>. */
  folder: string;
  schema(tools: SchemaTools): z.ZodType<EntryData<S>>;
  /** What makes two entries the same one; see `sameEntry`. */
  identity(data: EntryData<S>): string | undefined;
}

export function describeCollection<
  S extends Shape,
  const P extends Publication | undefined = undefined,
  const L extends string = string,
>(d: CollectionDescription<S, P, L>): Collection<S, P, L> {
  return {
    ...d,
    site: d.site as P,
    folder: `content/${d.name}`,
    identity(data) {
      if (d.sameEntry) return d.sameEntry(data);
      const value = (data as Record<string, unknown>)[d.summaryField];
      return typeof value === 'string' ? value.toLocaleLowerCase('de') : undefined;
    },
    schema(tools) {
      const shape = {} as Record<string, z.ZodType>;
      for (const [k, f] of Object.entries(d.fields)) shape[k] = f.build(tools);
      const base = z.strictObject(shape) as unknown as z.ZodObject<ZodShape<S>>;
      if (!d.checks) return base;
      const checks = d.checks;
      return base.superRefine((data, ctx) => {
        checks(data, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
      }) as unknown as z.ZodType<EntryData<S>>;
    },
  };
}
