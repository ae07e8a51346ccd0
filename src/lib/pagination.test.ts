import { describe, expect, it } from 'vitest';
import { pageLabel, pagePath, pageStatus, pageWindow, paginate } from './pagination.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => `Meldung ${i + 1}`);

describe('paginate', () => {
  it('puts 10 items on a page and the rest on the next', () => {
    const pages = paginate(items(23), 10, '/aktuelles/');
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages[0]!.items[0]).toBe('Meldung 1');
    expect(pages[2]!.items).toEqual(['Meldung 21', 'Meldung 22', 'Meldung 23']);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });

  it('gives page 1 the list address and later pages a "seite" address', () => {
    const pages = paginate(items(21), 10, '/aktuelles/');
    expect(pages.map((p) => p.path)).toEqual(['/aktuelles/', '/aktuelles/seite/2/', '/aktuelles/seite/3/']);
    expect(pages[0]!.prevPath).toBeUndefined();
    expect(pages[0]!.nextPath).toBe('/aktuelles/seite/2/');
    expect(pages[1]!.prevPath).toBe('/aktuelles/');
    expect(pages[2]!.nextPath).toBeUndefined();
  });

  it('keeps exactly 10 on one page, and an empty list still has its page', () => {
    expect(paginate(items(10), 10, '/aktuelles/')).toHaveLength(1);
    const empty = paginate([], 10, '/aktuelles/');
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ number: 1, total: 1, items: [], path: '/aktuelles/' });
  });

  it('refuses a page size that makes no sense', () => {
    expect(() => paginate(items(3), 0, '/aktuelles/')).toThrow();
  });
});

describe('pagePath', () => {
  it('never produces /seite/1/', () => {
    expect(pagePath('/aktuelles/', 1)).toBe('/aktuelles/');
    expect(pagePath('/aktuelles/', 4)).toBe('/aktuelles/seite/4/');
  });
});

describe('pageWindow', () => {
  it('lists all pages when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows gaps far from the current page, but never a gap of one page', () => {
    expect(pageWindow(5, 12)).toEqual([1, null, 4, 5, 6, null, 12]);
    expect(pageWindow(3, 12)).toEqual([1, 2, 3, 4, null, 12]);
    expect(pageWindow(12, 12)).toEqual([1, null, 11, 12]);
  });
});

describe('page names', () => {
  it('names a page and where it stands in the list, as the page links and the tab title say it', () => {
    expect(pageLabel(2)).toBe('Seite 2');
    expect(pageStatus(2, 5)).toBe('Seite 2 von 5');
  });
});
