/**
 * The partner towns as the map and its table show them: shape, layers (the ASSKomm steps), names for
 * screen readers and label placement. Built from the town views and their status; no page logic here.
 */
import type { Store } from '../../model/store.ts';
import { paths } from '../../model/paths.ts';
import { townStatus, type LayerKey, type LayerStatus } from '../../model/towns/status.ts';
import type { TownView } from '../../model/towns/views.ts';
import { MAP_WIDTH, shapeOf, type Shape } from './map-geometry.ts';

/** Pseudo-layer for partner towns without any recorded step: they are on the map all the same. */
export const NO_STEP = 'ohne' as const;
export const NO_STEP_LABEL = 'Noch kein Schritt erfasst';
export type MapLayerKey = LayerKey | typeof NO_STEP;

export interface MapTown {
  id: string;
  name: string;
  /** Site path of the town's profile (wrap in href()). */
  path: string;
  /** A Verwaltungsgemeinschaft, Städtebund or Verbund: drawn as the outline around its members. */
  isGroup: boolean;
  /** "Landkreis Görlitz" (several joined by commas for a group across borders). */
  districts: string;
  /** The steps taken, in the order of LAYERS, with dates. */
  layers: LayerStatus[];
  /** What the filter and the colour go by: the layer keys, or NO_STEP when none is recorded. */
  keys: MapLayerKey[];
  /** Accessible name of the town's link on the map. */
  label: string;
  shape: Shape;
}

export function filterKeys(layers: readonly LayerStatus[]): MapLayerKey[] {
  return layers.length > 0 ? layers.map((l) => l.key) : [NO_STEP];
}

/** "Heidenau: Kooperationsvereinbarung, Coaching" or "Augustusburg: noch kein Schritt erfasst". */
export function accessibleName(name: string, layers: readonly LayerStatus[]): string {
  const steps = layers.length > 0 ? layers.map((l) => l.label).join(', ') : NO_STEP_LABEL.replace(/^N/, 'n');
  return `${name}: ${steps}`;
}

/** Splits a long name into lines of about `max` characters at spaces (a label must stay on the map). */
export function labelLines(name: string, max = 24): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Which end of a label sits at its point, so labels near the map's edges grow inwards. */
export function labelAnchor(x: number, width = MAP_WIDTH): 'start' | 'middle' | 'end' {
  if (x < width * 0.25) return 'start';
  if (x > width * 0.75) return 'end';
  return 'middle';
}

/** Room a label line needs on the state map, in map units: the largest label font (38 units, on phones) × 1.15. */
const LINE_UNITS = 44;

export interface NameLabel {
  lines: string[];
  x: number;
  /** Where the first line is placed; each line's shift from there is in `dy` (em, so it follows the font size). */
  y: number;
  dy: string[];
  anchor: 'start' | 'middle' | 'end';
}

/** Where a town's name goes on the state map: just above its area, or below it when there is no room above. */
export function nameLabel(name: string, shape: Shape): NameLabel {
  const lines = labelLines(name);
  const [, top, , height] = shape.box;
  const below = top < lines.length * LINE_UNITS;
  const first = below ? 1.1 : -0.3 - 1.15 * (lines.length - 1);
  return {
    lines,
    // Whole map units, like the state map's path data (a unit is under a pixel there): decimals of a bounding
    // box are incompressible bytes on a 400-town map.
    x: Math.round(shape.centroid[0]),
    y: Math.round(below ? top + height : top),
    dy: lines.map((_, n) => (n === 0 ? `${Number(first.toFixed(2))}em` : '1.15em')),
    anchor: labelAnchor(shape.centroid[0]),
  };
}

/** Every town, members and single towns first, then groups (their outlines go on top), each by name. */
export function mapTowns(s: Store, views: readonly TownView[]): MapTown[] {
  const towns = views.map((v): MapTown => {
    const layers = townStatus(s, v);
    return {
      id: v.id,
      name: v.name,
      path: paths.town(v.id),
      isGroup: v.members.length > 0,
      districts: v.districts.map((d) => d.label).join(', '),
      layers,
      keys: filterKeys(layers),
      label: accessibleName(v.name, layers),
      shape: shapeOf(v.agsList, v.name),
    };
  });
  return towns.sort((a, b) => Number(a.isGroup) - Number(b.isGroup) || a.name.localeCompare(b.name, 'de'));
}
