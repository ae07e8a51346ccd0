/**
 * The three open data sets: towns, agreements, events. Each column is described here once; the CSV,
 * the JSON and the documentation on /daten/ all come from these descriptions.
 */
import { LAYERS } from '../towns/status.ts';
import type { Dataset } from '../../lib/opendata/dataset.ts';

export interface TownRecord {
  id: string;
  name: string;
  kind: string;
  ags?: string | undefined;
  districts: string[];
  members: string[];
  groups: string[];
  status: { key: string; label: string; date?: string | undefined; dateUncertain: boolean }[];
  website?: string | undefined;
  url: string;
}

export interface AgreementRecord {
  id: string;
  title: string;
  kind: string;
  number?: number | undefined;
  date?: string | undefined;
  dateUncertain: boolean;
  place?: string | undefined;
  towns: { id: string; name: string }[];
  signedBy: string[];
  present: string[];
  sources: string[];
  url: string;
}

export interface EventRecord {
  id: string;
  title: string;
  kind: string;
  date: string;
  startTime?: string | undefined;
  endTime?: string | undefined;
  venue: { name?: string | undefined; street?: string | undefined; postcode?: string | undefined; city: string };
  audience: string[];
  town?: string | undefined;
  campaign?: string | undefined;
  organiser?: string | undefined;
  cost?: string | undefined;
  registration?: string | undefined;
  url: string;
  calendar: string;
}

const DATE_NOTE = 'JJJJ-MM-TT, JJJJ-MM oder JJJJ, je nachdem, wie genau es bekannt ist; leer, wenn unbekannt';

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

export const townsDataset: Dataset<TownRecord> = {
  name: 'kommunen',
  title: 'ASSKomm-Kommunen',
  description: 'Alle Städte, Gemeinden und Verbünde, die bei ASSKomm mitmachen, mit Landkreis und Stand der Zusammenarbeit.',
  columns: [
    { key: 'id', description: 'Kennung des Eintrags (Teil der Adresse seiner Seite)', value: (t) => t.id },
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
    { key: 'url', description: 'Adresse der Seite dieser Kommune auf asskomm', value: (t) => t.url },
  ],
};

export const agreementsDataset: Dataset<AgreementRecord> = {
  name: 'vereinbarungen',
  title: 'ASSKomm-Vereinbarungen',
  description: 'Kooperations- und Vorvereinbarungen zwischen Kommunen, Polizei und Landespräventionsrat.',
  columns: [
    { key: 'id', description: 'Kennung des Eintrags', value: (a) => a.id },
    { key: 'titel', description: 'Bezeichnung der Vereinbarung', value: (a) => a.title },
    { key: 'art', description: 'Kooperationsvereinbarung oder Vorvereinbarung', value: (a) => a.kind },
    { key: 'nummer', description: 'Laufende Nummer, wenn bekannt (Heidenau: 53)', value: (a) => a.number ?? null },
    { key: 'datum', description: `Datum der Unterzeichnung (${DATE_NOTE})`, value: (a) => a.date ?? null },
    { key: 'datum_nicht_gesichert', description: 'ja, wenn das Datum nur erschlossen ist', value: (a) => a.dateUncertain },
    { key: 'ort', description: 'Ort der Unterzeichnung, wenn bekannt', value: (a) => a.place ?? null },
    { key: 'kommunen', description: 'Namen der beteiligten Kommunen', value: (a) => a.towns.map((t) => t.name) },
    { key: 'kommunen_ids', description: 'Kennungen der beteiligten Kommunen (wie im Datensatz Kommunen)', value: (a) => a.towns.map((t) => t.id) },
    { key: 'unterzeichnet_von', description: 'Unterzeichnende mit Funktion und Organisation am Tag der Unterzeichnung', value: (a) => a.signedBy },
    { key: 'anwesend', description: 'Außerdem Anwesende mit ihrer damaligen Funktion', value: (a) => a.present },
    { key: 'quellen', description: 'Quellen: Titel, dahinter die Internetadresse, wenn es eine gibt', value: (a) => a.sources },
    { key: 'url', description: 'Adresse der Seite dieser Vereinbarung', value: (a) => a.url },
  ],
};

export const eventsDataset: Dataset<EventRecord> = {
  name: 'termine',
  title: 'ASSKomm-Termine',
  description: 'Informationstage, Fachtage und andere Veranstaltungen, vergangene und kommende.',
  columns: [
    { key: 'id', description: 'Kennung des Eintrags', value: (e) => e.id },
    { key: 'titel', description: 'Titel der Veranstaltung', value: (e) => e.title },
    { key: 'art', description: 'Art der Veranstaltung, zum Beispiel Informationstag', value: (e) => e.kind },
    { key: 'datum', description: 'Datum (JJJJ-MM-TT)', value: (e) => e.date },
    { key: 'beginn', description: 'Beginn (SS:MM, deutsche Zeit); leer, solange die Uhrzeit nicht bekannt ist', value: (e) => e.startTime ?? null },
    { key: 'ende', description: 'Ende (SS:MM, deutsche Zeit), wenn bekannt', value: (e) => e.endTime ?? null },
    { key: 'ort_name', description: 'Name des Veranstaltungsortes, wenn bekannt', value: (e) => e.venue.name ?? null },
    { key: 'strasse', description: 'Straße und Hausnummer; leer, wenn noch nicht bekannt', value: (e) => e.venue.street ?? null },
    { key: 'plz', description: 'Postleitzahl, wenn bekannt', value: (e) => e.venue.postcode ?? null },
    { key: 'ort', description: 'Stadt oder Gemeinde', value: (e) => e.venue.city },
    { key: 'zielgruppen', description: 'Für wen die Veranstaltung gedacht ist', value: (e) => e.audience },
    { key: 'kommune', description: 'Kommune, zu der der Termin gehört', value: (e) => e.town ?? null },
    { key: 'kampagne', description: 'Kampagne, zu der der Termin gehört', value: (e) => e.campaign ?? null },
    { key: 'veranstalter', description: 'Veranstalter, wenn bekannt', value: (e) => e.organiser ?? null },
    { key: 'kosten', description: 'Kosten, wenn bekannt', value: (e) => e.cost ?? null },
    { key: 'anmeldung', description: 'Ob und wie man sich anmeldet, wenn bekannt', value: (e) => e.registration ?? null },
    { key: 'url', description: 'Adresse der Seite dieses Termins', value: (e) => e.url },
    { key: 'kalender_url', description: 'Adresse der Kalenderdatei (iCalendar) dieses Termins', value: (e) => e.calendar },
  ],
};
