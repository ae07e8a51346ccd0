/**
 * The open data set of events (/daten/termine.csv|json): one record per event, each column described once;
 * the CSV, the JSON and the documentation on /daten/ all come from this description.
 */
import { publicUrl } from '../../lib/seo/meta.ts';
import { collectionDataset, idColumn, pageColumn } from '../opendata/columns.ts';
import { paths } from '../paths.ts';
import { loadStore, type EventEntry } from '../store.ts';
import { audienceLabel, eventKindLabel } from './text.ts';

export interface EventRecord extends Pick<EventEntry['data'], 'title' | 'date' | 'startTime' | 'endTime' | 'venue' | 'cost'> {
  id: string;
  /** Kind and audience in words ("Online-Veranstaltung", "Eltern"). */
  kind: string;
  audience: string[];
  /** Names of the town, campaign and organiser the event belongs to. */
  town?: string | undefined;
  campaign?: string | undefined;
  organiser?: string | undefined;
  /** How to register, with the registration address when there is one. */
  registration?: string | undefined;
  url: string;
  calendar: string;
}

export const eventsDataset = collectionDataset<EventRecord>('events', 'Informationstage, Fachtage und andere Veranstaltungen, vergangene und kommende.', [
  idColumn(),
  { key: 'titel', description: 'Titel der Veranstaltung', value: (e) => e.title },
  { key: 'art', description: 'Art der Veranstaltung, zum Beispiel Informationstag', value: (e) => e.kind },
  { key: 'datum', description: 'Datum als Jahr-Monat-Tag, zum Beispiel 2023-08-09', value: (e) => e.date },
  { key: 'beginn', description: 'Beginn als Uhrzeit, zum Beispiel 14:30, nach deutscher Ortszeit; leer, solange die Uhrzeit nicht bekannt ist', value: (e) => e.startTime ?? null },
  { key: 'ende', description: 'Ende als Uhrzeit, nach deutscher Ortszeit, wenn bekannt', value: (e) => e.endTime ?? null },
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
  pageColumn('Adresse der Seite dieses Termins'),
  { key: 'kalender_url', description: 'Adresse der Kalenderdatei (iCalendar) dieses Termins', value: (e) => e.calendar },
]);

export async function eventRecords(site: URL | undefined): Promise<EventRecord[]> {
  const s = await loadStore();
  return [...s.events]
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id,
      title: e.data.title,
      kind: eventKindLabel(e.data.kind),
      date: e.data.date,
      startTime: e.data.startTime,
      endTime: e.data.endTime,
      venue: e.data.venue,
      audience: e.data.audience.map(audienceLabel),
      town: e.data.town && s.index.towns.get(e.data.town.id)?.data.name,
      campaign: e.data.campaign && s.index.campaigns.get(e.data.campaign.id)?.data.title,
      organiser: e.data.organiser && s.index.organisations.get(e.data.organiser.id)?.data.name,
      cost: e.data.cost,
      registration: [e.data.registration, e.data.registrationUrl].filter(Boolean).join(' ') || undefined,
      url: publicUrl(paths.event(e.id), site),
      calendar: publicUrl(paths.eventIcs(e.id), site),
    }));
}
