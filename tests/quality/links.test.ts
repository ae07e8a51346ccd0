/**
 * Links: no internal link or asset is broken (linkinator crawls the served build from every page the sitemap
 * lists), every fragment link lands on an element with that id, and no link text is vague.
 */
import { crawlInternalLinks } from './support/crawl.ts';
import { describe, expect, inject, it } from 'vitest';
import { isVagueLinkText } from './lib/link-text.ts';
import { fragmentResolves, resolveLink } from './lib/links.ts';
import { accessibleName } from './lib/accessible-name.ts';
import { fileOfPath, htmlFiles, pathOfFile, readPage, sitemapPaths } from './support/site.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');

interface Page {
  path: string;
  ids: Set<string>;
  links: { href: string; text: string }[];
}

const pages = new Map<string, Page>();
for (const file of htmlFiles(siteDir)) {
  const document = await readPage(siteDir, file);
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('[id], a[name]')) {
    const id = element.getAttributeValue('id') ?? element.getAttributeValue('name');
    if (id) ids.add(id);
  }
  const links = document.querySelectorAll('a[href], area[href]').map((a) => ({
    href: a.getAttributeValue('href') ?? '',
    text: accessibleName(a, document),
  }));
  pages.set(file, { path: pathOfFile(file), ids, links });
}

describe('internal links', () => {
  it('are not broken anywhere on the served build (linkinator, recursive, external links skipped)', async () => {
    const origin = new URL(siteUrl).origin;
    const starts = [...sitemapPaths(siteDir), '/404.html'].map((p) => new URL(encodeURI(p), siteUrl).href);
    const crawl = await crawlInternalLinks(starts, origin);
    expect(crawl.broken).toEqual([]);
    expect(crawl.ok).toBeGreaterThan(starts.length);
  });

  it('with a fragment point at an existing id on the target page', () => {
    const problems: string[] = [];
    for (const [file, page] of pages) {
      for (const { href } of page.links) {
        const target = resolveLink(href, page.path);
        if (!target || target.fragment === null) continue;
        const targetFile = fileOfPath(siteDir, target.path);
        if (targetFile === null) {
          if (target.path !== page.path) problems.push(`${page.path}: ${href} → Seite ${target.path} fehlt`);
          continue;
        }
        const targetPage = pages.get(targetFile);
        if (!targetPage) continue; // not HTML (a PDF, a feed): no ids to check
        if (!fragmentResolves(target.fragment, targetPage.ids)) problems.push(`${pathOfFile(file)}: ${href} → kein id="${target.fragment}" auf ${target.path}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('have a text that names their target (no „hier“, „mehr“, „weiterlesen“ …) and are never empty', () => {
    const problems: string[] = [];
    for (const page of pages.values()) {
      for (const { href, text } of page.links) {
        if (text === '') problems.push(`${page.path}: Link ohne Text → ${href}`);
        else if (isVagueLinkText(text)) problems.push(`${page.path}: „${text}“ → ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
