/** Data for the news list pages, fetched once: all published articles, their pages and the archive. */
import { getArticles } from './queries.ts';
import { paths } from '../paths.ts';
import { paginate } from '../../lib/pagination.ts';
import { NEWS_PER_PAGE, topicsWithCounts, yearsWithCounts } from './archive.ts';

async function listing() {
  const articles = await getArticles();
  return {
    articles,
    pages: paginate(articles, NEWS_PER_PAGE, paths.news),
    archive: { years: yearsWithCounts(articles), topics: topicsWithCounts(articles) },
  };
}

let cached: ReturnType<typeof listing> | undefined;

/** Computed once per build: every list page (a thousand of them with 10,000 articles) shows the archive. */
export function getNewsListing(): ReturnType<typeof listing> {
  cached ??= listing();
  return cached;
}
