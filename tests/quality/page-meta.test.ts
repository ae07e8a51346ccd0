/**
 * Every page has a title and a meta description of its own: what search results, browser tabs and
 * screen readers announce first. Duplicates make pages indistinguishable there.
 */
import { describe, expect, inject, it } from 'vitest';
import { descriptionExemptPages } from '../quality-exceptions.ts';
import { htmlFiles, pathOfFile, readPage } from './support/site.ts';

const siteDir = inject('siteDir');
const files = htmlFiles(siteDir);

interface Meta {
  page: string;
  title: string;
  description: string;
}

const metas: Meta[] = await Promise.all(
  files.map(async (file) => {
    const document = await readPage(siteDir, file);
    const descriptions = document.querySelectorAll('meta[name="description"]');
    return {
      page: pathOfFile(file),
      title: (document.querySelectorAll('title')[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      description: descriptions.length === 1 ? (descriptions[0]!.getAttributeValue('content') ?? '').trim() : '',
    };
  }),
);

function duplicates(key: 'title' | 'description'): Record<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const meta of metas) if (meta[key]) groups.set(meta[key], [...(groups.get(meta[key]) ?? []), meta.page]);
  return Object.fromEntries([...groups].filter(([, pages]) => pages.length > 1));
}

describe('titles and meta descriptions', () => {
  it('exempts only pages that exist', () => {
    const all = files.map(pathOfFile);
    for (const page of Object.keys(descriptionExemptPages)) {
      expect(all).toContain(page);
      expect(metas.find((m) => m.page === page)?.description, `${page} hat jetzt eine Beschreibung: Ausnahme streichen`).toBe('');
    }
  });

  it('every page has a non-empty <title>', () => {
    expect(metas.filter((m) => m.title === '').map((m) => m.page)).toEqual([]);
  });

  it('every page has exactly one non-empty meta description', () => {
    expect(metas.filter((m) => m.description === '' && !(m.page in descriptionExemptPages)).map((m) => m.page)).toEqual([]);
  });

  it('no two pages share a title', () => {
    expect(duplicates('title')).toEqual({});
  });

  it('no two pages share a description', () => {
    expect(duplicates('description')).toEqual({});
  });
});
