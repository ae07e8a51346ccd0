/**
 * Wires the content model (src/model/registry.ts) to Astro's content layer. Nothing is described here:
 * each collection's fields, labels and checks live in its own folder, src/model/<type>/schema.ts.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryId } from './model/ids.ts';
import type { ImageSchema, SchemaTools } from './model/fields.ts';
import { collectionDescriptions as d } from './model/registry.ts';

const PATTERN = { yaml: '*.yaml', mdx: '*.mdx' } as const;

function loaderFor(c: { folder: string; format: keyof typeof PATTERN }) {
  return glob({ pattern: PATTERN[c.format], base: `./${c.folder}`, generateId: ({ entry }) => entryId(entry) });
}

function tools(image: () => ImageSchema): SchemaTools {
  return { reference: reference as SchemaTools['reference'], image };
}

export const collections = {
  articles: defineCollection({ loader: loaderFor(d.articles), schema: ({ image }) => d.articles.schema(tools(image)) }),
  events: defineCollection({ loader: loaderFor(d.events), schema: ({ image }) => d.events.schema(tools(image)) }),
  campaigns: defineCollection({ loader: loaderFor(d.campaigns), schema: ({ image }) => d.campaigns.schema(tools(image)) }),
  towns: defineCollection({ loader: loaderFor(d.towns), schema: ({ image }) => d.towns.schema(tools(image)) }),
  agreements: defineCollection({ loader: loaderFor(d.agreements), schema: ({ image }) => d.agreements.schema(tools(image)) }),
  people: defineCollection({ loader: loaderFor(d.people), schema: ({ image }) => d.people.schema(tools(image)) }),
  organisations: defineCollection({
    loader: loaderFor(d.organisations),
    schema: ({ image }) => d.organisations.schema(tools(image)),
  }),
  pages: defineCollection({ loader: loaderFor(d.pages), schema: ({ image }) => d.pages.schema(tools(image)) }),
  settings: defineCollection({ loader: loaderFor(d.settings), schema: ({ image }) => d.settings.schema(tools(image)) }),
};
