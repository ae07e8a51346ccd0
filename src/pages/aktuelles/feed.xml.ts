/** /aktuelles/feed.xml: the news as an RSS 2.0 feed (all published articles, newest first). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../../model/articles/queries.ts';
import { getSettings } from '../../model/store.ts';
import { paths } from '../../model/paths.ts';
import { NEWS_DESCRIPTION, NEWS_FEED_TITLE } from '../../model/articles/text.ts';
import { escapeXml, feedItems } from '../../model/articles/feed.ts';
import { href } from '../../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Für den RSS-Feed braucht astro.config.mjs eine Adresse der Website (SITE_URL).');
  const settings = await getSettings();
  const articles = await getArticles();
  const absolute = (path: string) => new URL(href(path), site).href;
  return rss({
    title: NEWS_FEED_TITLE,
    description: NEWS_DESCRIPTION,
    site: absolute(paths.news),
    items: feedItems(articles, (id) => absolute(paths.article(id))),
    customData: `<language>de-de</language>${
      settings.contactEmail && settings.publisher
        ? `<managingEditor>${escapeXml(`${settings.contactEmail} (${settings.publisher})`)}</managingEditor>`
        : ''
    }`,
    trailingSlash: true,
  });
};
