import { describe, expect, it } from 'vitest';
import { keyFigures } from './home.ts';

describe('keyFigures', () => {
  it('labels each count in the plural', () => {
    expect(keyFigures({ municipalities: 47, districts: 11, cooperationAgreements: 26 })).toEqual([
      { value: 47, label: 'Städte und Gemeinden mit eigenem ASSKomm-Schritt, wie auf dieser Website dokumentiert' },
      { value: 11, label: 'Landkreise und Kreisfreie Städte, in denen sie liegen' },
      { value: 26, label: 'Kooperations\u00ADvereinbarungen, wie auf dieser Website dokumentiert' },
    ]);
  });

  it('speaks in the singular for one, and in the plural for none', () => {
    expect(keyFigures({ municipalities: 1, districts: 1, cooperationAgreements: 1 }).map((f) => f.label)).toEqual([
      'Stadt oder Gemeinde mit eigenem ASSKomm-Schritt, wie auf dieser Website dokumentiert',
      'Landkreis oder Kreisfreie Stadt, in dem sie liegen',
      'Kooperations\u00ADvereinbarung, wie auf dieser Website dokumentiert',
    ]);
    expect(keyFigures({ municipalities: 0, districts: 0, cooperationAgreements: 0 }).map((f) => f.value)).toEqual([0, 0, 0]);
    expect(keyFigures({ municipalities: 0, districts: 0, cooperationAgreements: 0 })[0]!.label).toBe('Städte und Gemeinden mit eigenem ASSKomm-Schritt, wie auf dieser Website dokumentiert');
  });
});
