/** Data for the news list pages, fetched once: all published articles, their pages and the archive. */
import { getArticles } from '../data/articles.ts';
import { paths } from '../data/paths.ts';
import { paginate } from '../pagination.ts';
import { NEWS_PER_PAGE, topicsWithCounts, yearsWithCounts } from './archive.ts';

export async function getNewsListing() {
  const articles = await getArticles();
  return {
    articles,
    pages: paginate(articles, NEWS_PER_PAGE, paths.news),
    archive: { years: yearsWithCounts(articles), topics: topicsWithCounts(articles) },
  };
}
