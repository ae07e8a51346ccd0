import { describe, expect, it } from 'vitest';
import { articleCard, campaignCard, eventCard, shareCardPath, shareCardUrl, townCard } from './share-cards.ts';

const brand = { shortName: 'ASSKomm', siteName: 'Allianz Sichere Sächsische Kommunen' };

describe('share card addresses', () => {
  it('live at /og/<kind>/<id>.png below the base path', () => {
    expect(shareCardPath('aktuelles', 'mehr-als-nur-die-nummer-53')).toBe('/og/aktuelles/mehr-als-nur-die-nummer-53.png');
    expect(shareCardUrl('events', 'fachtag')).toBe(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/og/termine/fachtag.png`);
  });
});

describe('share card texts', () => {
  it('article: title and date', () => {
    expect(articleCard({ title: 'Mehr als nur die Nummer 53', date: '2023-08-09' }, brand)).toMatchObject({
      eyebrow: 'Aktuelles',
      title: 'Mehr als nur die Nummer 53',
      meta: '9. August 2023',
    });
  });
  it('event: date and place', () => {
    expect(eventCard({ title: '3. ASSKomm-Fachtag', date: '2023-09-14', venue: { city: 'Dresden' } }, brand).meta).toBe(
      '14. September 2023 · Dresden',
    );
  });
  it('campaign: topic, towns and start', () => {
    const c = campaignCard({ title: 'Glänzen statt schwänzen', topic: 'Schulabsentismus', start: '2023-08' }, ['Heidenau'], brand);
    expect(c).toMatchObject({ eyebrow: 'Kampagne', meta: 'Schulabsentismus · Heidenau · seit August 2023' });
  });
  it('town: kind and district', () => {
    expect(townCard({ name: 'Heidenau', kind: 'Stadt', districtLabels: ['Landkreis Sächsische Schweiz-Osterzgebirge'] }, brand)).toMatchObject({
      eyebrow: 'Stadt',
      title: 'Heidenau',
      meta: 'Landkreis Sächsische Schweiz-Osterzgebirge',
    });
  });
});
