import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Pagination from './Pagination.astro';

const render = async (current: number, total: number) => {
  const container = await AstroContainer.create();
  return container.renderToString(Pagination, { props: { current, total, basePath: '/aktuelles/' } });
};

const links = (html: string) => [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map(([, attrs, inner]) => ({
  href: attrs!.match(/href="([^"]*)"/)?.[1],
  current: attrs!.match(/aria-current="([^"]*)"/)?.[1],
  label: attrs!.match(/aria-label="([^"]*)"/)?.[1],
  text: inner!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
}));

describe('Pagination', () => {
  it('renders nothing for a list that fits on one page', async () => {
    expect((await render(1, 1)).trim()).toBe('');
  });

  it('links the previous and next page and marks the current one', async () => {
    const html = await render(2, 3);
    expect(html).toContain('aria-label="Seiten"');
    expect(html).toContain('Seite 2 von 3');
    expect(links(html)).toEqual([
      { href: '/aktuelles/', current: undefined, label: undefined, text: '‹ Vorherige Seite' },
      { href: '/aktuelles/', current: undefined, label: 'Seite 1', text: '1' },
      { href: '/aktuelles/seite/2/', current: 'page', label: 'Seite 2', text: '2' },
      { href: '/aktuelles/seite/3/', current: undefined, label: 'Seite 3', text: '3' },
      { href: '/aktuelles/seite/3/', current: undefined, label: undefined, text: 'Nächste Seite ›' },
    ]);
  });

  it('has no "previous" on the first page and no "next" on the last', async () => {
    expect(links(await render(1, 2)).map((l) => l.text)).toEqual(['1', '2', 'Nächste Seite ›']);
    expect(links(await render(2, 2)).map((l) => l.text)).toEqual(['‹ Vorherige Seite', '1', '2']);
  });

  it('shortens long lists with a gap', async () => {
    const html = await render(6, 12);
    expect(links(html).map((l) => l.text)).toEqual(['‹ Vorherige Seite', '1', '5', '6', '7', '12', 'Nächste Seite ›']);
    expect(html).toContain('…');
  });
});
