/** The news feed's entries: one per published article, newest first, with absolute links. */
import { berlinInstant } from '../../lib/format/dates.ts';
import type { ArticleEntry } from '../store.ts';
import { topicLabel } from './archive.ts';

type FeedArticle = Pick<ArticleEntry, 'id'> & { data: Pick<ArticleEntry['data'], 'title' | 'lead' | 'date' | 'topics'> };

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/** `articleUrl` turns an article id into its absolute address. Publication time: midnight in Berlin. */
export function feedItems(articles: readonly FeedArticle[], articleUrl: (id: string) => string): FeedItem[] {
  return articles.map((a) => ({
    title: a.data.title,
    description: a.data.lead,
    link: articleUrl(a.id),
    pubDate: berlinInstant(a.data.date),
    categories: a.data.topics.map(topicLabel),
  }));
}

/** Text for hand-written XML (the feed's customData): &, <, >, " and ' escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
