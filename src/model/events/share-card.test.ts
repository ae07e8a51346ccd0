import { describe, expect, it } from 'vitest';
import { eventCard } from './share-card.ts';

const brand = { shortName: 'ASSKomm', siteName: 'Allianz Sichere Sächsische Kommunen' };

describe('eventCard', () => {
  it('says "Termin", the date and the town', () => {
    expect(eventCard({ title: '3. ASSKomm-Fachtag', date: '2023-09-14', venue: { city: 'Dresden' } }, brand)).toMatchObject({
      eyebrow: 'Termin',
      meta: '14. September 2023 · Dresden',
    });
  });
});
