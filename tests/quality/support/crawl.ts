/** Crawls the served build with linkinator from the given start pages, following only this site's links. */
import { LinkChecker, LinkState } from 'linkinator';

export interface Crawl {
  /** "404 /pfad/ (auf /seite/)" for every broken link. */
  broken: string[];
  /** Every URL the crawl saw on this origin. */
  urls: string[];
  /** How many links answered OK. */
  ok: number;
}

export async function crawlInternalLinks(starts: string[], origin: string): Promise<Crawl> {
  const result = await new LinkChecker().check({
    path: starts,
    recurse: true,
    concurrency: 8,
    timeout: 10_000,
    checkCss: true,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  return {
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status ?? 'ERR'} ${link.url.replace(origin, '')} (auf ${link.parent?.replace(origin, '') ?? '?'})`),
    urls: result.links.map((link) => link.url).filter((u) => u.startsWith(origin)),
    ok: result.links.filter((link) => link.state === LinkState.OK).length,
  };
}
