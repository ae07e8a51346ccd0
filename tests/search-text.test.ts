/**
 * What the search shows as excerpts is the text Pagefind indexed from each page's `data-pagefind-body`
 * element. Pagefind joins inline elements without a space, so two fields that sit next to each other in the
 * markup ("26. August 2023" and "Uhrzeit nicht bekannt") ran together as one word. Checked here on the built
 * index of every content page: each indexed word must be a word of the page as a reader sees it (the text with
 * every tag read as a break). A word made of two neighbouring fields is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { fileOfPath } from './quality/support/site.ts';

const siteDir = inject('siteDir');

interface Fragment {
  url: string;
  content: string;
}

/** Pagefind's fragment files: gzip, a "pagefind_dcd" signature, then JSON. */
function fragments(dir: string): Fragment[] {
  const folder = path.join(dir, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

const decode = (text: string) =>
  text
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** Words of a text: runs of letters and digits (with inner hyphens, as in "Limbach-Oberfrohna"). */
const words = (text: string) => text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/**
 * The words a reader sees on the page: every tag is a break between words (the boxes of a page never join
 * words on screen), alt texts and labels count as text.
 */
function readerWords(html: string): Set<string> {
  const attributes = [...html.matchAll(/\s(?:alt|aria-label|title)="([^"]*)"/g)].map((m) => m[1]!);
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return new Set(words(decode([text, ...attributes].join(' '))));
}

const all = fragments(siteDir);
const byType = Map.groupBy(all, (f) => f.url.split('/')[1] ?? '');

describe('text in the search index', () => {
  it('covers every content page type', () => {
    expect([...byType.keys()].sort()).toEqual(['aktuelles', 'kampagnen', 'kommunen', 'personen', 'termine', 'vereinbarungen']);
  });

  for (const [type, pages] of byType) {
    it(`has no run-together words on /${type}/ pages (${pages.length})`, () => {
      const joined: string[] = [];
      for (const page of pages) {
        const file = fileOfPath(siteDir, page.url);
        expect(file, page.url).not.toBeNull();
        const seen = readerWords(readFileSync(path.join(siteDir, file!), 'utf8'));
        for (const word of new Set(words(page.content))) {
          if (seen.has(word)) continue;
          const at = page.content.indexOf(word);
          joined.push(`${page.url}: „${word}“ in „…${page.content.slice(Math.max(0, at - 30), at + word.length + 30)}…“`);
        }
      }
      expect(joined).toEqual([]);
    });
  }
});
