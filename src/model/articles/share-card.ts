/** An article's share card: "Aktuelles", its title and the day it was published. */
import { formatDate } from '../../lib/format/dates.ts';
import type { ShareCardContent } from '../../lib/og/template.ts';
import type { Brand } from '../share-cards.ts';
import type { ArticleEntry } from '../store.ts';
import { articles } from './schema.ts';

export function articleCard(a: Pick<ArticleEntry['data'], 'title' | 'date'>, brand: Brand): ShareCardContent {
  return { eyebrow: articles.site.breadcrumb, title: a.title, meta: formatDate(a.date), brand };
}
