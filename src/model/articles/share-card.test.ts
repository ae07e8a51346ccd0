import { describe, expect, it } from 'vitest';
import { articleCard } from './share-card.ts';

const brand = { shortName: 'ASSKomm', siteName: 'Allianz Sichere Sächsische Kommunen' };

describe('articleCard', () => {
  it('says "Aktuelles", the title and the date', () => {
    expect(articleCard({ title: 'Mehr als nur die Nummer 53', date: '2023-08-09' }, brand)).toEqual({
      eyebrow: 'Aktuelles',
      title: 'Mehr als nur die Nummer 53',
      meta: '9. August 2023',
      brand,
    });
  });
});
