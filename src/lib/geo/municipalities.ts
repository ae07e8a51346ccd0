/**
 * Saxony's municipalities and districts from the BKG's VG5000 data (see src/data/geo/LIZENZ.md).
 * A town's Landkreis is derived from the first five digits of its AGS, never typed by an editor.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import gemeindenData from '../../data/geo/sachsen-gemeinden.geo.json' with { type: 'json' };
import kreiseData from '../../data/geo/sachsen-kreise.geo.json' with { type: 'json' };

export interface MunicipalityProps {
  ARS: string;
  AGS: string;
  GEN: string;
  BEZ: string;
}
export interface DistrictProps {
  ARS: string;
  GEN: string;
  BEZ: string;
}

export const gemeinden = gemeindenData as unknown as FeatureCollection<Geometry, MunicipalityProps>;
export const kreise = kreiseData as unknown as FeatureCollection<Geometry, DistrictProps>;

export interface District {
  ars: string;
  name: string;
  /** "Landkreis" or "Kreisfreie Stadt". */
  kind: string;
  /** "Landkreis Görlitz", "Kreisfreie Stadt Leipzig". */
  label: string;
}

export interface Municipality {
  ags: string;
  name: string;
  kind: string;
  district: District;
}

const districts = new Map<string, District>(
  kreise.features.map((f) => [
    f.properties.ARS,
    {
      ars: f.properties.ARS,
      name: f.properties.GEN,
      kind: f.properties.BEZ,
      label: `${f.properties.BEZ} ${f.properties.GEN}`,
    },
  ]),
);

const municipalities = new Map<string, Municipality>();
for (const f of gemeinden.features) {
  const district = districts.get(f.properties.AGS.slice(0, 5));
  if (!district) throw new Error(`Geodaten: Gemeinde ${f.properties.AGS} gehört zu keinem bekannten Kreis.`);
  municipalities.set(f.properties.AGS, { ags: f.properties.AGS, name: f.properties.GEN, kind: f.properties.BEZ, district });
}

export function municipalityByAgs(ags: string): Municipality | undefined {
  return municipalities.get(ags);
}

/** AGS → Landkreis: the district (Landkreis or Kreisfreie Stadt) of a municipality, from its AGS. */
export function districtOfAgs(ags: string): District | undefined {
  return municipalities.get(ags)?.district;
}

/** The districts of several municipalities, each once, in the order they are first met. */
export function districtsOfAgs(agsList: Iterable<string>): District[] {
  const found = new Map<string, District>();
  for (const ags of agsList) {
    const d = districtOfAgs(ags);
    if (d) found.set(d.ars, d);
  }
  return [...found.values()];
}

export function allDistricts(): District[] {
  return [...districts.values()].sort((a, b) => a.name.localeCompare(b.name, 'de') || a.kind.localeCompare(b.kind, 'de'));
}
