import { describe, expect, it } from 'vitest';
import { breadcrumbList, newsArticle, serializeJsonLd, webSite } from './jsonld.ts';

const publisher = { name: 'Landespräventionsrat Sachsen', url: 'https://asskomm.example/' };

describe('breadcrumbList', () => {
  it('numbers the crumbs from 1 in order', () => {
    const ld = breadcrumbList([
      { name: 'Startseite', url: 'https://asskomm.example/' },
      { name: 'Aktuelles', url: 'https://asskomm.example/aktuelles/' },
    ]);
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Startseite', item: 'https://asskomm.example/' },
      { '@type': 'ListItem', position: 2, name: 'Aktuelles', item: 'https://asskomm.example/aktuelles/' },
    ]);
  });
});

describe('newsArticle', () => {
  const base = {
    headline: 'Mehr als nur die Nummer 53',
    description: 'Heidenau unterzeichnet.',
    datePublished: '2023-08-09',
    url: 'https://asskomm.example/aktuelles/heidenau/',
    publisher,
  };

  it('carries headline, date, address and publisher', () => {
    const ld = newsArticle(base);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Mehr als nur die Nummer 53',
      datePublished: '2023-08-09',
      inLanguage: 'de-DE',
      mainEntityOfPage: { '@id': 'https://asskomm.example/aktuelles/heidenau/' },
      publisher: { '@type': 'GovernmentOrganization', name: 'Landespräventionsrat Sachsen' },
    });
  });

  it('names images and places only when there are some', () => {
    expect(newsArticle(base)).not.toHaveProperty('image');
    expect(newsArticle(base)).not.toHaveProperty('contentLocation');
    const ld = newsArticle({ ...base, images: ['https://asskomm.example/a.jpg'], places: ['Heidenau'] });
    expect(ld.image).toEqual(['https://asskomm.example/a.jpg']);
    expect(ld.contentLocation).toEqual([{ '@type': 'Place', name: 'Heidenau' }]);
  });
});

describe('webSite', () => {
  it('offers the site search when a search page is given', () => {
    const ld = webSite({ name: 'A', alternateName: 'B', url: 'https://x/', publisher, searchUrl: 'https://x/suche/' });
    expect(JSON.stringify(ld.potentialAction)).toContain('https://x/suche/?q={search_term_string}');
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of by a title containing </script>', () => {
    const json = serializeJsonLd({ headline: 'Böse </script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ headline: 'Böse </script><script>alert(1)</script>' });
  });
});
