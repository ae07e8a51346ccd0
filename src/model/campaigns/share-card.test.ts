import { describe, expect, it } from 'vitest';
import { campaignCard } from './share-card.ts';

const brand = { shortName: 'ASSKomm', siteName: 'Allianz Sichere Sächsische Kommunen' };

describe('campaignCard', () => {
  it('says "Kampagne", topic, towns and start', () => {
    const c = campaignCard({ title: 'Glänzen statt schwänzen', topic: 'Schulabsentismus', start: '2023-08' }, ['Heidenau'], brand);
    expect(c).toMatchObject({ eyebrow: 'Kampagne', meta: 'Schulabsentismus · Heidenau · seit August 2023' });
  });
});
