/** Published articles, newest first, with the archive views the news section needs. */
import { loadStore, type ArticleEntry } from '../store.ts';

export function newestFirst(list: ArticleEntry[]): ArticleEntry[] {
  return [...list].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title, 'de'));
}

let sorted: Promise<ArticleEntry[]> | undefined;

/** Published articles, newest first: sorted once per build (every news page asks; 10,000 articles take a while). */
export function getArticles(): Promise<ArticleEntry[]> {
  sorted ??= loadStore().then((s) => newestFirst(s.articles));
  return sorted;
}

/** Years that have articles, newest first. */
export function yearsOf(list: ArticleEntry[]): number[] {
  return [...new Set(list.map((a) => Number(a.data.date.slice(0, 4))))].sort((a, b) => b - a);
}
