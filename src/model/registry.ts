/** Every collection of the content model, in the order editors see them. */
import type { CollectionName, FieldSpec } from './fields.ts';
import { agreements } from './agreements/schema.ts';
import { articles } from './articles/schema.ts';
import { campaigns } from './campaigns/schema.ts';
import { events } from './events/schema.ts';
import { organisations } from './organisations/schema.ts';
import { pages } from './pages/schema.ts';
import { people } from './people/schema.ts';
import { settings } from './settings/schema.ts';
import { towns } from './towns/schema.ts';

export const collectionDescriptions = {
  articles,
  events,
  campaigns,
  towns,
  agreements,
  people,
  organisations,
  pages,
  settings,
} as const;

export type CollectionDescriptions = typeof collectionDescriptions;
export const allCollections = Object.values(collectionDescriptions);

/** A collection's fields as plain specs (label, kind, rules), for code that walks them: CMS, checks, indexes. */
export function fieldSpecs(name: CollectionName): Record<string, FieldSpec> {
  return Object.fromEntries(Object.entries(collectionDescriptions[name].fields).map(([k, f]) => [k, (f as { spec: FieldSpec }).spec]));
}
