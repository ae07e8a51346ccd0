/**
 * The open data set of towns (/daten/kommunen.csv|json): one record per town, each column described once;
 * the CSV, the JSON and the documentation on /daten/ all come from this description.
 */
import { publicUrl } from '../../lib/seo/meta.ts';
import { collectionDataset, DATE_NOTE, idColumn, pageColumn } from '../opendata/columns.ts';
import { paths } from '../paths.ts';
import { loadStore, type TownEntry } from '../store.ts';
import { LAYERS, townStatus, type LayerStatus } from './status.ts';
import { townKindLabel } from './text.ts';
import { getTownViews } from './views.ts';

export interface TownRecord extends Pick<TownEntry['data'], 'name' | 'ags' | 'website'> {
  id: string;
  /** The kind in words ("Verbund mehrerer Kommunen"). */
  kind: string;
  districts: string[];
  members: string[];
  groups: string[];
  status: LayerStatus[];
  url: string;
}

const statusColumns = LAYERS.flatMap((l) => [
  {
    key: l.key,
    description: `${l.label}: ja oder nein (auch über einen Verbund, dem die Kommune angehört)`,
    value: (t: TownRecord) => t.status.some((s) => s.key === l.key),
  },
  {
    key: `${l.key}_datum`,
    description: `${l.label}: Datum (${DATE_NOTE})`,
    value: (t: TownRecord) => t.status.find((s) => s.key === l.key)?.date ?? null,
  },
]);

export const townsDataset = collectionDataset<TownRecord>('towns', 'Alle Städte, Gemeinden und Verbünde, die bei ASSKomm mitmachen, mit Landkreis und Stand der Zusammenarbeit.', [
  idColumn('Kennung des Eintrags (Teil der Adresse seiner Seite)'),
  { key: 'name', description: 'Name der Kommune oder des Verbundes', value: (t) => t.name },
  { key: 'art', description: 'Stadt, Gemeinde, Verwaltungsgemeinschaft, Städtebund oder Verbund', value: (t) => t.kind },
  { key: 'ags', description: 'Amtlicher Gemeindeschlüssel (nur bei Städten und Gemeinden)', value: (t) => t.ags ?? null },
  { key: 'landkreis', description: 'Landkreis oder Kreisfreie Stadt, abgeleitet aus dem Gemeindeschlüssel', value: (t) => t.districts },
  { key: 'mitglieder', description: 'Bei Verbünden: Kennungen der Mitgliedskommunen', value: (t) => t.members },
  { key: 'gehoert_zu', description: 'Kennungen der Verbünde, denen die Kommune angehört', value: (t) => t.groups },
  ...statusColumns,
  {
    key: 'unsichere_daten',
    description: 'Stufen, deren Datum nicht gesichert ist (Kennungen wie in den Spaltennamen)',
    value: (t) => t.status.filter((s) => s.date && s.dateUncertain).map((s) => s.key),
  },
  { key: 'website', description: 'Website der Kommune', value: (t) => t.website ?? null },
  pageColumn('Adresse der Seite dieser Kommune auf dieser Website'),
]);

export async function townRecords(site: URL | undefined): Promise<TownRecord[]> {
  const s = await loadStore();
  return (await getTownViews()).map((v) => ({
    id: v.id,
    name: v.name,
    kind: townKindLabel(v.entry.data.kind),
    ags: v.entry.data.ags,
    districts: v.districts.map((d) => d.label),
    members: v.members.map((m) => m.id),
    groups: v.groups.map((g) => g.id),
    status: townStatus(s, v),
    website: v.entry.data.website,
    url: publicUrl(paths.town(v.id), site),
  }));
}

