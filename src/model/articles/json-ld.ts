/** The NewsArticle JSON-LD of an article page, from the article, its towns and the site settings. */
import { newsArticle, type JsonLd } from '../../lib/seo/jsonld.ts';
import type { ArticleEntry } from '../store.ts';
import { topicLabel } from './archive.ts';

export type ArticleFacts = Pick<ArticleEntry['data'], 'title' | 'lead' | 'date' | 'topics'>;

export interface ArticleContext {
  /** Absolute URL of the article page. */
  url: string;
  /** Absolute URL of the start page. */
  siteUrl: string;
  publisher?: string | undefined;
  contactEmail?: string | undefined;
  /** Names of the towns the article is about. */
  places: string[];
  /** The article's images: its photo as an ImageObject (with caption and credit), its share card as a URL. */
  images: (string | object)[];
}

export function articleStructuredData(a: ArticleFacts, c: ArticleContext): JsonLd {
  return newsArticle({
    headline: a.title,
    description: a.lead,
    datePublished: a.date,
    url: c.url,
    images: c.images,
    publisher: c.publisher ? { name: c.publisher, url: c.siteUrl, ...(c.contactEmail ? { email: c.contactEmail } : {}) } : undefined,
    places: c.places,
    keywords: a.topics.map(topicLabel),
  });
}
