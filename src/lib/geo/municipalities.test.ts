import { describe, expect, it } from 'vitest';
import { districtOfAgs, districtsOfAgs, municipalityByAgs } from './municipalities.ts';

describe('AGS → Landkreis', () => {
  it('finds the Landkreis of a municipality from its AGS', () => {
    expect(municipalityByAgs('14628160')?.name).toBe('Heidenau');
    expect(districtOfAgs('14628160')?.label).toBe('Landkreis Sächsische Schweiz-Osterzgebirge');
  });

  it('finds a Kreisfreie Stadt as its own district', () => {
    expect(districtOfAgs('14713000')?.label).toBe('Kreisfreie Stadt Leipzig');
  });

  it('knows no district for an AGS that is not in the geodata', () => {
    expect(districtOfAgs('14628999')).toBeUndefined();
  });

  it('names each district of several municipalities once, in the order first met', () => {
    const labels = districtsOfAgs(['14628160', '14713000', '14628999', '14628230']).map((d) => d.label);
    expect(labels).toEqual(['Landkreis Sächsische Schweiz-Osterzgebirge', 'Kreisfreie Stadt Leipzig']);
  });
});
