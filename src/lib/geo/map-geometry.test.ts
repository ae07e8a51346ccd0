import { describe, expect, it } from 'vitest';
import { cityLabels, districtBorders, districtArea, municipalityBorders, MAP_HEIGHT, MAP_WIDTH, padBox, saxonyOutline, shapeOf, STATE_BOX, STATE_WEIGHT } from './map-geometry.ts';
import { municipalityByAgs } from './municipalities.ts';

/** The absolute points of compact path data ("M x y" absolute, then "l dx dy …" relative, "z"). */
function absolute(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, start, steps = ''] of d.matchAll(/M([^Mlz]+)(?:l([^Mz]+))?z?/g)) {
    const nums = (s: string) => s.match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map(Number);
    let [x, y] = nums(start!) as [number, number];
    out.push([x, y]);
    const rel = steps ? nums(steps) : [];
    for (let i = 0; i < rel.length; i += 2) out.push([(x += rel[i]!), (y += rel[i + 1]!)]);
  }
  return out;
}
const numbers = (d: string) => absolute(d).flat();
const points = (d: string) => absolute(d).length;
const rings = (d: string) => d.split('M').length - 1;

const DRESDEN = '14612000';
const LEIPZIG = '14713000';
const CHEMNITZ = '14511000';
const GOERLITZ = '14626110';
const PLAUEN = '14523320';
const TORGAU = '14730310';

describe('the state map', () => {
  it('is as wide as MAP_WIDTH plus a margin and about three quarters as high (Saxony lies wide)', () => {
    expect(STATE_BOX[2]).toBeGreaterThan(MAP_WIDTH);
    expect(MAP_HEIGHT / MAP_WIDTH).toBeGreaterThan(0.65);
    expect(MAP_HEIGHT / MAP_WIDTH).toBeLessThan(0.85);
  });

  it('keeps the whole outline inside the viewBox', () => {
    const xs = numbers(saxonyOutline()).filter((_, i) => i % 2 === 0);
    const ys = numbers(saxonyOutline()).filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(STATE_BOX[2]);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(STATE_BOX[3]);
  });

  it('writes the state map in whole units and each step relative to the one before', () => {
    const d = shapeOf([DRESDEN], 'Dresden').d;
    expect(d).toMatch(/^M\d+ \d+l[-\d ]+z$/);
    expect(saxonyOutline()).not.toContain('.');
    // Adding the steps up leads back to the absolute points, all inside the map.
    for (const [x, y] of absolute(d)) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(STATE_BOX[2]);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(STATE_BOX[3]);
    }
  });

  it('writes coordinates with at most one decimal', () => {
    for (const d of [saxonyOutline(), districtBorders(), shapeOf([DRESDEN], 'Dresden').d]) {
      expect(d).not.toMatch(/\.\d\d/);
    }
  });

  it('is north up with the cities where a Saxon expects them', () => {
    const at = (ags: string) => shapeOf([ags], ags).centroid;
    const [dresden, leipzig, chemnitz, goerlitz, plauen, torgau] = [DRESDEN, LEIPZIG, CHEMNITZ, GOERLITZ, PLAUEN, TORGAU].map(at);
    expect(leipzig![0]).toBeLessThan(dresden![0]); // Leipzig west of Dresden
    expect(goerlitz![0]).toBeGreaterThan(dresden![0]); // Görlitz east of Dresden
    expect(chemnitz![1]).toBeGreaterThan(leipzig![1]); // Chemnitz south of Leipzig
    expect(plauen![0]).toBeLessThan(chemnitz![0]); // Plauen in the south-west
    expect(plauen![1]).toBeGreaterThan(chemnitz![1]);
    expect(torgau![1]).toBeLessThan(dresden![1]); // Torgau in the north
  });

  it('simplifies: fewer points than the data, but the outline keeps its shape', () => {
    const full = points(saxonyOutline(0));
    const simple = points(saxonyOutline(STATE_WEIGHT));
    expect(simple).toBeLessThan(full);
    expect(simple).toBeGreaterThan(full * 0.5);
  });

  it('draws only the inner district borders, as lines', () => {
    const d = districtBorders();
    expect(d).not.toMatch(/z/i);
    expect(points(d)).toBeGreaterThan(100);
  });
});

describe('shapeOf', () => {
  it('merges the members of a group into one area without inner borders', () => {
    // Olbersdorf, Jonsdorf and Oybin are neighbours (Verwaltungsgemeinschaft Olbersdorf).
    const group = shapeOf(['14626400', '14626210', '14626430'], 'VG Olbersdorf');
    expect(rings(group.d)).toBe(1);
  });

  it('names the town and the AGS when the geodata lack it', () => {
    expect(municipalityByAgs('14628999')).toBeUndefined();
    expect(() => shapeOf(['14628160', '14628999'], 'Phantasia')).toThrow(/„Phantasia“.*14628999.*keine Fläche/);
  });

  it('refuses a town without any AGS, naming it', () => {
    expect(() => shapeOf([], 'Verbund ohne Mitglieder')).toThrow('„Verbund ohne Mitglieder“ hat keinen Gemeindeschlüssel');
  });
});

describe('districtArea and municipalityBorders', () => {
  it('show a Landkreis with the borders of its Gemeinden inside it', () => {
    const soe = { area: districtArea(['14628']), municipalityBorders: municipalityBorders(['14628']) };
    const heidenau = shapeOf(['14628160'], 'Heidenau');
    const [x, y, w, h] = soe.area.box;
    expect(heidenau.centroid[0]).toBeGreaterThan(x);
    expect(heidenau.centroid[0]).toBeLessThan(x + w);
    expect(heidenau.centroid[1]).toBeGreaterThan(y);
    expect(heidenau.centroid[1]).toBeLessThan(y + h);
    expect(soe.municipalityBorders).not.toBe('');
    expect(w).toBeLessThan(MAP_WIDTH / 2);
  });
});

describe('padBox and cityLabels', () => {
  it('grows a box on every side by a share of its larger side', () => {
    expect(padBox([10, 20, 100, 50], 0.1)).toEqual([0, 10, 120, 70]);
  });
  it('labels the three Kreisfreie Städte', () => {
    expect(cityLabels().map((c) => c.name)).toEqual(['Chemnitz', 'Dresden', 'Leipzig']);
  });
});
