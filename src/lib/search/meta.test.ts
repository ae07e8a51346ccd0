import { describe, expect, it } from 'vitest';
import { allDistricts } from '../geo/municipalities.ts';
import { districtFilterValue, searchMeta, searchTitle } from './meta.ts';

const district = (name: string, kind = 'Landkreis') => {
  const d = allDistricts().find((x) => x.name === name && x.kind === kind);
  if (!d) throw new Error(`kein Kreis ${name}`);
  return d;
};

describe('searchMeta', () => {
  it('marks the element as the indexed body and names its type', () => {
    const attrs = searchMeta('Kommune');
    expect(attrs).toEqual({
      'data-pagefind-body': '',
      'data-pf-typ': 'Kommune',
      'data-pagefind-filter': 'typ[data-pf-typ]',
    });
  });

  it('gives a dated page a year filter, a sort key and the date as German text', () => {
    const attrs = searchMeta('Artikel', { date: '2023-08-09' });
    expect(attrs['data-pf-jahr']).toBe('2023');
    expect(attrs['data-pf-datum']).toBe('2023-08-09');
    expect(attrs['data-pf-datum-text']).toBe('9. August 2023');
    expect(attrs['data-pagefind-filter']).toBe('typ[data-pf-typ], jahr[data-pf-jahr]');
    expect(attrs['data-pagefind-sort']).toBe('datum[data-pf-datum]');
    expect(attrs['data-pagefind-meta']).toBe('datum[data-pf-datum-text], datum_iso[data-pf-datum]');
  });

  it('keeps partial and uncertain dates honest', () => {
    const attrs = searchMeta('Vereinbarung', { date: '2021-09', dateUncertain: true });
    expect(attrs['data-pf-jahr']).toBe('2021');
    expect(attrs['data-pf-datum-text']).toBe('September 2021 (nicht gesichert)');
  });

  it('lists every Landkreis once, as the rest of the site names it', () => {
    const goerlitz = district('Görlitz');
    const attrs = searchMeta('Kampagne', { districts: [goerlitz, district('Leipzig', 'Kreisfreie Stadt'), goerlitz] });
    expect(attrs['data-pf-landkreis-1']).toBe('Landkreis Görlitz');
    expect(attrs['data-pf-landkreis-2']).toBe('Kreisfreie Stadt Leipzig');
    expect(attrs['data-pf-landkreis-3']).toBeUndefined();
    expect(attrs['data-pagefind-filter']).toBe('typ[data-pf-typ], landkreis[data-pf-landkreis-1], landkreis[data-pf-landkreis-2]');
  });

  it('tells the two Leipzigs apart', () => {
    expect(districtFilterValue(district('Leipzig'))).not.toBe(districtFilterValue(district('Leipzig', 'Kreisfreie Stadt')));
  });

  it('weighs titles at the top of Pagefind’s scale', () => {
    expect(searchTitle).toEqual({ 'data-pagefind-weight': '10' });
  });
});
