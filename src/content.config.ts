/**
 * Wires the content model (src/lib/schema/) to Astro's content layer. Nothing is described here:
 * each collection's fields, labels and checks live in its own file in src/lib/schema/.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { SchemaTools } from './lib/schema/fields.ts';
import { entryId } from './lib/content/ids.ts';
import { allCollections, collectionDescriptions as d } from './lib/schema/index.ts';

const PATTERN = { yaml: '*.yaml', mdx: '*.mdx' } as const;

function wire<C extends (typeof allCollections)[number]>(c: C) {
  return defineCollection({
    loader: glob({ pattern: PATTERN[c.format], base: `./${c.folder}`, generateId: ({ entry }) => entryId(entry) }),
    schema: ({ image }) => c.schema({ reference: reference as SchemaTools['reference'], image }) as ReturnType<C['schema']>,
  });
}

export const collections = {
  articles: wire(d.articles),
  events: wire(d.events),
  campaigns: wire(d.campaigns),
  towns: wire(d.towns),
  agreements: wire(d.agreements),
  people: wire(d.people),
  organisations: wire(d.organisations),
  pages: wire(d.pages),
  settings: wire(d.settings),
};
