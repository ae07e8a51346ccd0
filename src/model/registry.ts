/** Every collection of the content model, in the order editors see them. */
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
