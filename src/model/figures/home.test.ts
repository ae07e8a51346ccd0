import { describe, expect, it } from 'vitest';
import { keyFigures } from './home.ts';

describe('keyFigures', () => {
  it('labels each count in the plural', () => {
    expect(keyFigures({ municipalities: 47, districts: 11, cooperationAgreements: 26 })).toEqual([
      { value: 47, label: 'Städte und Gemeinden machen mit' },
      { value: 11, label: 'Landkreise und Kreisfreie Städte' },
      { value: 26, label: 'Kooperations\u00ADvereinbarungen dokumentiert' },
    ]);
  });

  it('speaks in the singular for one, and in the plural for none', () => {
    expect(keyFigures({ municipalities: 1, districts: 1, cooperationAgreements: 1 }).map((f) => f.label)).toEqual([
      'Stadt oder Gemeinde macht mit',
      'Landkreis oder Kreisfreie Stadt',
      'Kooperations\u00ADvereinbarung dokumentiert',
    ]);
    expect(keyFigures({ municipalities: 0, districts: 0, cooperationAgreements: 0 }).map((f) => f.value)).toEqual([0, 0, 0]);
    expect(keyFigures({ municipalities: 0, districts: 0, cooperationAgreements: 0 })[0]!.label).toBe('Städte und Gemeinden machen mit');
  });
});
