import { describe, expect, it } from 'vitest';
import type { LayerStatus } from '../../model/towns/status.ts';
import type { Shape } from './map-geometry.ts';
import { accessibleName, filterKeys, labelAnchor, labelLines, nameLabel } from './map-towns.ts';

const kv: LayerStatus = { key: 'kooperationsvereinbarung', label: 'Kooperationsvereinbarung', date: '2023-08-09', dateUncertain: false };
const coaching: LayerStatus = { key: 'coaching', label: 'Coaching', dateUncertain: false };

describe('filterKeys', () => {
  it('lists the layers a town has', () => {
    expect(filterKeys([kv, coaching])).toEqual(['kooperationsvereinbarung', 'coaching']);
  });
  it('puts a town without any step under "ohne", so it stays on the map', () => {
    expect(filterKeys([])).toEqual(['ohne']);
  });
});

describe('accessibleName', () => {
  it('names the town and its steps', () => {
    expect(accessibleName('Heidenau', [kv, coaching])).toBe('Heidenau: Kooperationsvereinbarung, Coaching');
  });
  it('says so when no step is recorded', () => {
    expect(accessibleName('Augustusburg', [])).toBe('Augustusburg: noch kein Schritt erfasst');
  });
});

describe('labelLines', () => {
  it('keeps short names on one line', () => {
    expect(labelLines('Reichenbach im Vogtland')).toEqual(['Reichenbach im Vogtland']);
  });
  it('breaks long names at spaces', () => {
    expect(labelLines('Flöha und Nachbarkommunen (Pilotprojekt Vollzugsdienst)')).toEqual([
      'Flöha und',
      'Nachbarkommunen',
      '(Pilotprojekt',
      'Vollzugsdienst)',
    ]);
  });
});

describe('labelAnchor', () => {
  it('lets labels near the edges grow inwards', () => {
    expect(labelAnchor(50)).toBe('start');
    expect(labelAnchor(500)).toBe('middle');
    expect(labelAnchor(950)).toBe('end');
  });
});

describe('nameLabel', () => {
  const shape = (x: number, y: number): Shape => ({ d: '', centroid: [x, y + 20], box: [x - 20, y, 40, 40] });

  it('puts the name just above the area, centred on it', () => {
    expect(nameLabel('Heidenau', shape(500, 300))).toEqual({ lines: ['Heidenau'], x: 500, y: 300, dy: ['-0.3em'], anchor: 'middle' });
  });

  it('lifts a name of several lines so that its last line sits above the area', () => {
    const label = nameLabel('Flöha und Nachbarkommunen (Pilotprojekt Vollzugsdienst)', shape(500, 400));
    expect(label.lines).toHaveLength(4);
    expect(label.dy).toEqual(['-3.75em', '1.15em', '1.15em', '1.15em']);
  });

  it('puts the name below an area at the top edge, where there is no room above', () => {
    const label = nameLabel('Torgau', shape(300, 20));
    expect(label.y).toBe(60);
    expect(label.dy).toEqual(['1.1em']);
  });
});

describe('nameLabel precision', () => {
  it('places the label to a whole map unit, as precise as the path data of the state map', () => {
    const shape: Shape = { d: '', centroid: [500.6, 420.5], box: [480.1, 671.0905918918282, 40, 40] };
    expect(nameLabel('Adorf/Vogtl.', shape)).toMatchObject({ x: 501, y: 671 });
  });
});
