/**
 * The open data set of agreements (/daten/vereinbarungen.csv|json): one record per agreement, each column
 * described once; the CSV, the JSON and the documentation on /daten/ all come from this description.
 */
import { comparePartialDates } from '../../lib/format/dates.ts';
import { publicUrl } from '../../lib/seo/meta.ts';
import { collectionDataset, DATE_NOTE, idColumn, pageColumn } from '../opendata/columns.ts';
import { paths } from '../paths.ts';
import { loadStore, type AgreementEntry, type Store } from '../store.ts';
import { personName, resolveParticipant } from './participants.ts';
import { participantText } from './text.ts';

export interface AgreementRecord
  extends Pick<AgreementEntry['data'], 'title' | 'kind' | 'number' | 'date' | 'dateUncertain' | 'place'> {
  id: string;
  towns: { id: string; name: string }[];
  signedBy: string[];
  present: string[];
  sources: string[];
  url: string;
}

export const agreementsDataset = collectionDataset<AgreementRecord>('agreements', 'Kooperations- und Vorvereinbarungen zwischen Kommunen, Polizei und Landespräventionsrat.', [
  idColumn(),
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
  pageColumn('Adresse der Seite dieser Vereinbarung'),
]);

function participants(s: Store, list: AgreementEntry['data']['signedBy']): string[] {
  return list.map((p) => {
    const r = resolveParticipant(s, p);
    return participantText({
      name: r.person && personName(r.person),
      role: r.role,
      organisation: r.organisation?.data.name,
      description: r.description,
    });
  });
}

export async function agreementRecords(site: URL | undefined): Promise<AgreementRecord[]> {
  const s = await loadStore();
  return [...s.agreements]
    .sort((a, b) => comparePartialDates(a.data.date, b.data.date) || a.id.localeCompare(b.id))
    .map((a) => ({
      id: a.id,
      title: a.data.title,
      kind: a.data.kind,
      number: a.data.number,
      date: a.data.date,
      dateUncertain: a.data.dateUncertain,
      place: a.data.place,
      towns: a.data.towns.map((t) => ({ id: t.id, name: s.index.towns.get(t.id)?.data.name ?? t.id })),
      signedBy: participants(s, a.data.signedBy),
      present: participants(s, a.data.present),
      sources: a.data.sources.map((src) => (src.url ? `${src.title} – ${src.url}` : src.title)),
      url: publicUrl(paths.agreement(a.id), site),
    }));
}

