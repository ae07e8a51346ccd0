/** Every collection of the content model, in the order editors see them. */
import { agreements } from './agreements.ts';
import { articles } from './articles.ts';
import { campaigns } from './campaigns.ts';
import { events } from './events.ts';
import { organisations } from './organisations.ts';
import { pages } from './pages.ts';
import { people } from './people.ts';
import { settings } from './settings.ts';
import { towns } from './towns.ts';

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
