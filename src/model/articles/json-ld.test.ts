import { describe, expect, it } from 'vitest';
import { articleStructuredData } from './json-ld.ts';

describe('articleStructuredData', () => {
  it('describes the article with its towns and topics in German', () => {
    const ld = articleStructuredData(
      { title: 'Mehr als nur die Nummer 53', lead: 'Heidenau ist beigetreten.', date: '2023-08-09', topics: ['kooperationsvereinbarung', 'schulabsentismus'] },
      {
        url: 'https://asskomm.example/aktuelles/mehr-als-nur-die-nummer-53/',
        siteUrl: 'https://asskomm.example/',
        publisher: 'Landespräventionsrat Sachsen',
        places: ['Heidenau'],
        images: [],
      },
    );
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Mehr als nur die Nummer 53',
      description: 'Heidenau ist beigetreten.',
      datePublished: '2023-08-09',
      keywords: 'Kooperationsvereinbarung, Schulabsentismus',
      contentLocation: [{ '@type': 'Place', name: 'Heidenau' }],
      publisher: { name: 'Landespräventionsrat Sachsen', url: 'https://asskomm.example/' },
    });
    expect(ld).not.toHaveProperty('image');
  });
});
