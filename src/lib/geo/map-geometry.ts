/**
 * Saxony drawn at build time: the BKG's Gemeinden are projected once (transverse Mercator centred on
 * Saxony, north up), turned into a topology so neighbours share their borders, simplified without tearing
 * them apart, and written as compact SVG path data (relative steps, whole units on the state map, see pathData). Everything is computed once per build.
 *
 * All maps share one coordinate system: Saxony is MAP_WIDTH units wide. A locator map shows part of it by
 * choosing its viewBox, so the same path data fit every map.
 */
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Objects, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { gemeinden, kreise, type MunicipalityProps } from './municipalities.ts';

/** Width of Saxony in map units (the state map's viewBox is this wide). */
export const MAP_WIDTH = 1000;
/** Room around the state for strokes and labels, in map units. */
const PADDING = 12;

/**
 * Minimum weight (Visvalingam: area in map units² of the triangle a point spans with its neighbours) a point
 * needs to stay on the state map. The map is shown 340–900 px wide, so 32 units² are at most 25 px² on screen
 * (a 5 px bump on a 10 px stretch): small bends go, the shapes a reader knows stay. It keeps about 63 % of the
 * points and brings the map's path data from 7.5 KB to 4.5 KB (brotli). The locator maps use their own weight.
 */
export const STATE_WEIGHT = 32;
/**
 * The locator maps zoom in on a Landkreis (at most about 2 px per unit for the smallest ones), so they keep
 * more: 4 units² are at most about 18 px² on screen.
 */
export const LOCATOR_WEIGHT = 4;

export type Box = [x: number, y: number, width: number, height: number];
export type Point = [x: number, y: number];

/** Every Gemeinde in the data is one polygon. */
type MunicipalityObject = TopoPolygon<MunicipalityProps>;

const projection = geoTransverseMercator()
  .rotate([-13.45, 0])
  .fitWidth(MAP_WIDTH, kreise as FeatureCollection);
const [, [, maxY]] = geoPath(projection).bounds(kreise as FeatureCollection);
projection.translate(projection.translate().map((t) => t + PADDING) as Point);

/** Height of the state map's viewBox in map units. */
export const MAP_HEIGHT = Math.ceil(maxY + 2 * PADDING);
/** The state map's viewBox. */
export const STATE_BOX: Box = [0, 0, MAP_WIDTH + 2 * PADDING, MAP_HEIGHT];

const toMap = (ring: Position[]) => ring.map((p) => projection(p as Point) as Position);

function projectPolygon(g: Geometry): Polygon | MultiPolygon {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(toMap) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(toMap)) };
  throw new Error(`Geodaten: unerwarteter Geometrietyp ${g.type}`);
}

type Topo = Topology<Objects<MunicipalityProps>>;

let presimplified: Topo | undefined;
const levels = new Map<number, Topo>();

/** The Gemeinden as a projected, presimplified topology (computed on first use, then kept). */
function base(): Topo {
  presimplified ??= presimplify(
    topology(
      {
        gemeinden: {
          type: 'FeatureCollection',
          features: gemeinden.features.map((f) => ({ ...f, geometry: projectPolygon(f.geometry) })),
        } as FeatureCollection,
      },
      1e5,
    ) as Topo,
  );
  return presimplified;
}

/** The topology simplified to `weight` (one per weight and build). */
function level(weight: number): Topo {
  let t = levels.get(weight);
  if (!t) {
    t = simplify(base(), weight);
    levels.set(weight, t);
  }
  return t;
}

function collection(t: Topology): GeometryCollection<MunicipalityProps> {
  return t.objects['gemeinden'] as GeometryCollection<MunicipalityProps>;
}

const svgPath = geoPath(null).digits(1);

type Drawable = Polygon | MultiPolygon | { type: 'LineString'; coordinates: Position[] } | { type: 'MultiLineString'; coordinates: Position[][] };

/**
 * Decimals a map drawn at `weight` keeps. The state map is shown at most about 0.9 px per unit, so whole units
 * are finer than a pixel; the locator maps zoom in (up to about 2 px per unit) and keep one decimal.
 */
function digitsFor(weight: number): number {
  return weight >= STATE_WEIGHT ? 0 : 1;
}

/** A number as short as SVG allows: no trailing zeros, no leading zero before the point. */
function num(n: number): string {
  const s = String(n === 0 ? 0 : n);
  return s.replace(/^(-?)0\./, '$1.');
}

/**
 * SVG path data, compact: each ring or line starts with an absolute "M x y", then relative steps ("l dx dy …",
 * a minus sign needs no space before it), rings end with "z". Coordinates are rounded to `digits` decimals
 * before the steps are taken, so the rounding never adds up along a line; steps that round to nothing are left out.
 * About half the bytes of absolute coordinates with one decimal (these paths are most of the map page).
 */
export function pathData(geometry: Drawable | null, digits: number): string {
  if (!geometry) return '';
  const f = 10 ** digits;
  const lines: { ring: boolean; points: Position[] }[] =
    geometry.type === 'Polygon'
      ? geometry.coordinates.map((points) => ({ ring: true, points }))
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat().map((points) => ({ ring: true, points }))
        : geometry.type === 'LineString'
          ? [{ ring: false, points: geometry.coordinates }]
          : geometry.coordinates.map((points) => ({ ring: false, points }));
  let out = '';
  for (const { ring, points } of lines) {
    // Scaled integers: exact differences, no floating-point noise like 0.30000000000000004.
    const scaled = points.map(([x, y]) => [Math.round(x! * f), Math.round(y! * f)] as const);
    if (ring && scaled.length > 1) scaled.pop(); // the closing point repeats the first; "z" draws that edge
    const [first, ...rest] = scaled;
    if (!first) continue;
    let text = `M${num(first[0] / f)} ${num(first[1] / f)}`;
    let [px, py] = first;
    let steps = '';
    for (const [x, y] of rest) {
      if (x === px && y === py) continue;
      for (const v of [(x - px) / f, (y - py) / f]) {
        const s = num(v);
        steps += steps === '' || s.startsWith('-') || (s.startsWith('.') && /\.\d*$/.test(steps)) ? s : ` ${s}`;
      }
      [px, py] = [x, y];
    }
    if (steps) text += `l${steps}`;
    out += ring ? `${text}z` : text;
  }
  return out;
}

function d(geometry: Drawable | null, weight: number): string {
  return pathData(geometry, digitsFor(weight));
}

const kreisOf = (o: MunicipalityObject) => o.properties!.AGS.slice(0, 5);

/** Outline of Saxony (one path; fill it for the land, stroke it for the state border). */
export function saxonyOutline(weight = STATE_WEIGHT): string {
  const t = level(weight);
  return d(merge(t, collection(t).geometries as MunicipalityObject[]), weight);
}

/** The borders between Landkreise and Kreisfreie Städte (without the state border). */
export function districtBorders(weight = STATE_WEIGHT): string {
  const t = level(weight);
  return d(mesh(t, collection(t) as GeometryObject, (a, b) => a !== b && kreisOf(a as MunicipalityObject) !== kreisOf(b as MunicipalityObject)), weight);
}

function objectsFor(t: Topology, agsList: readonly string[], owner: string): MunicipalityObject[] {
  if (agsList.length === 0) {
    throw new Error(`Karte: „${owner}“ hat keinen Gemeindeschlüssel; ohne ihn lässt sich die Kommune nicht einzeichnen.`);
  }
  const geometries = collection(t).geometries as MunicipalityObject[];
  return agsList.map((ags) => {
    const found = geometries.find((g) => g.properties?.AGS === ags);
    if (!found) {
      throw new Error(
        `Karte: Für „${owner}“ gibt es zum Gemeindeschlüssel ${ags} keine Fläche in den Geodaten (src/data/geo/sachsen-gemeinden.geo.json). Bitte den Gemeindeschlüssel prüfen.`,
      );
    }
    return found;
  });
}

export interface Shape {
  /** SVG path data. */
  d: string;
  /** Centre of the shape's area (where a label goes). */
  centroid: Point;
  /** Bounding box. */
  box: Box;
}

/**
 * The area of one or more Gemeinden as one shape (a group's members merged, inner borders gone).
 * `owner` names the town in the error when an AGS has no geometry.
 */
export function shapeOf(agsList: readonly string[], owner: string, weight = STATE_WEIGHT): Shape {
  const t = level(weight);
  const merged = merge(t, objectsFor(t, agsList, owner));
  const [[x0, y0], [x1, y1]] = svgPath.bounds(merged);
  const [cx, cy] = svgPath.centroid(merged);
  return { d: d(merged, weight), centroid: [round(cx), round(cy)], box: [x0, y0, x1 - x0, y1 - y0] };
}

/** All Gemeinden of the given Kreise (5-digit ARS). */
function agsInDistricts(arsList: readonly string[]): string[] {
  return gemeinden.features.map((f) => f.properties.AGS).filter((ags) => arsList.includes(ags.slice(0, 5)));
}

/** One or more Kreise (5-digit ARS) as one area. */
export function districtArea(arsList: readonly string[], weight = LOCATOR_WEIGHT): Shape {
  return shapeOf(agsInDistricts(arsList), arsList.join(', '), weight);
}

/** The borders between the Gemeinden inside one or more Kreise, for a locator map. */
export function municipalityBorders(arsList: readonly string[], weight = LOCATOR_WEIGHT): string {
  const t = level(weight);
  const inside = { type: 'GeometryCollection', geometries: objectsFor(t, agsInDistricts(arsList), arsList.join(', ')) };
  return d(mesh(t, inside as GeometryObject, (a, b) => a !== b), weight);
}

/** A box grown by `margin` (a share of its larger side) on every side. */
export function padBox([x, y, w, h]: Box, margin: number): Box {
  const m = Math.max(w, h) * margin;
  return [round(x - m), round(y - m), round(w + 2 * m), round(h + 2 * m)];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The Kreisfreie Städte (Chemnitz, Dresden, Leipzig) with the centre of their area, for orientation labels. */
export function cityLabels(weight = STATE_WEIGHT): { name: string; at: Point }[] {
  const cities = kreise.features.filter((k) => k.properties.BEZ === 'Kreisfreie Stadt').map((k) => k.properties);
  return cities
    .map((c) => ({ name: c.GEN, at: shapeOf(agsInDistricts([c.ARS]), c.GEN, weight).centroid }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
