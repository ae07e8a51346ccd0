/** Published articles, newest first, with the archive views the news section needs. */
import { loadStore, type Article } from './entries.ts';

export function newestFirst(list: Article[]): Article[] {
  return [...list].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title, 'de'));
}

export async function getArticles(): Promise<Article[]> {
  const s = await loadStore();
  return newestFirst(s.articles);
}

/** Years that have articles, newest first. */
export function yearsOf(list: Article[]): number[] {
  return [...new Set(list.map((a) => Number(a.data.date.slice(0, 4))))].sort((a, b) => b - a);
}
