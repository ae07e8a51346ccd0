/**
 * The news archive's views: by year and by topic. Pure functions over published articles (newest first,
 * as src/model/articles/queries.ts returns them); the order is kept.
 */
import { optionLabel } from '../../lib/format/text.ts';
import type { ArticleEntry } from '../store.ts';
import { TOPICS } from './schema.ts';

export const NEWS_PER_PAGE = 10;

/** What the archive reads of an article. */
export interface Dated {
  data: Pick<ArticleEntry['data'], 'date' | 'topics'>;
}

export type TopicValue = (typeof TOPICS)[number]['value'];

export function topicLabel(value: string): string {
  return optionLabel(TOPICS, value);
}

export function yearOfArticle(a: Dated): number {
  return Number(a.data.date.slice(0, 4));
}

/** Years with articles, newest first, with how many each has. */
export function yearsWithCounts<T extends Dated>(list: readonly T[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const a of list) counts.set(yearOfArticle(a), (counts.get(yearOfArticle(a)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ year, count }));
}

/** Topics that have articles, in the order the content model lists them, with how many each has. */
export function topicsWithCounts<T extends Dated>(list: readonly T[]): { value: TopicValue; label: string; count: number }[] {
  return TOPICS.map((t) => ({ value: t.value, label: t.label, count: list.filter((a) => a.data.topics.includes(t.value)).length })).filter(
    (t) => t.count > 0,
  );
}

export function articlesOfYear<T extends Dated>(list: readonly T[], year: number): T[] {
  return list.filter((a) => yearOfArticle(a) === year);
}

export function articlesOfTopic<T extends Dated>(list: readonly T[], topic: TopicValue): T[] {
  return list.filter((a) => a.data.topics.includes(topic));
}
