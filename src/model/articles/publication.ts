/**
 * When an article is on the site: not a draft, and its date has come (in Berlin, on the build day). An article
 * dated later is built but not published — no page, list entry, teaser, feed item, sitemap or search entry,
 * no link from the entries it mentions — until a build on or after its day. The store applies this rule once
 * when it loads the articles, so every consumer sees only published ones.
 */
export function isPublished(data: { date: string; draft: boolean }, day: string): boolean {
  return !data.draft && data.date <= day;
}
