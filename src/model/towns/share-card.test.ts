import { describe, expect, it } from 'vitest';
import { townCard } from './share-card.ts';

const brand = { shortName: 'ASSKomm', siteName: 'Allianz Sichere Sächsische Kommunen' };

describe('townCard', () => {
  it('says the kind, the name and the Landkreis', () => {
    expect(townCard({ name: 'Heidenau', kind: 'Stadt' }, [{ label: 'Landkreis Sächsische Schweiz-Osterzgebirge' }], brand)).toMatchObject({
      eyebrow: 'Stadt',
      title: 'Heidenau',
      meta: 'Landkreis Sächsische Schweiz-Osterzgebirge',
    });
  });

  it('leaves the line empty when no Landkreis is known', () => {
    expect(townCard({ name: 'Verbund Nord', kind: 'Verbund' }, [], brand)).toMatchObject({ eyebrow: 'Verbund mehrerer Kommunen', meta: undefined });
  });
});
