import { describeCollection } from '../collection.ts';
import { source } from '../common.ts';
import { date, line, list, multiselect, object, optional, options, reference, select, text, time, url } from '../fields.ts';

export const EVENT_KINDS = options('Informationstag', 'Fachtag', 'Netzwerktreffen', 'Sitzung', 'Aktionstag', 'Konferenz', ['Online', 'Online-Veranstaltung']);

export const AUDIENCES = options(
  ['eltern', 'Eltern'],
  ['schueler', 'Schülerinnen und Schüler'],
  ['fachkraefte', 'Fachkräfte'],
  ['verwaltung', 'Verwaltung'],
  ['senioren', 'Seniorinnen und Senioren'],
  ['oeffentlichkeit', 'Alle Interessierten'],
);

export const venue = object({
  label: 'Ort',
  fields: {
    name: optional(line({ label: 'Name des Ortes', hint: 'Zum Beispiel „Mehrgenerationenhaus Heidenau“.', max: 200 })),
    street: optional(line({ label: 'Straße und Hausnummer', hint: 'Leer lassen, wenn unbekannt.', max: 200 })),
    postcode: optional(line({ label: 'Postleitzahl', max: 5 })),
    city: line({ label: 'Ort', max: 120 }),
  },
});

export const events = describeCollection({
  name: 'events',
  label: 'Termine',
  labelSingular: 'Termin',
  site: { segment: 'termine', search: { order: 5 }, shareCard: true },
  format: 'yaml',
  hint: 'Informationstage, Fachtage und andere Veranstaltungen. Uhrzeiten gelten nach deutscher Ortszeit.',
  summaryField: 'title',
  fields: {
    title: line({ label: 'Titel', max: 160 }),
    kind: select({ label: 'Art', options: EVENT_KINDS }),
    summary: optional(text({ label: 'Kurzbeschreibung', max: 600 })),
    date: date({ label: 'Datum' }),
    startTime: optional(time({ label: 'Beginn', hint: 'Leer lassen, solange die Uhrzeit nicht feststeht.' })),
    endTime: optional(time({ label: 'Ende' })),
    venue,
    audience: multiselect({ label: 'Für wen', options: AUDIENCES }),
    campaign: optional(reference({ label: 'Kampagne', collection: 'campaigns' })),
    town: optional(reference({ label: 'Kommune', collection: 'towns' })),
    organiser: optional(reference({ label: 'Veranstalter', collection: 'organisations' })),
    registration: optional(text({ label: 'Anmeldung', hint: 'Ob und wie man sich anmeldet.', max: 500 })),
    registrationUrl: optional(url({ label: 'Adresse der Anmeldung' })),
    cost: optional(line({ label: 'Kosten', hint: 'Zum Beispiel „kostenfrei“.', max: 120 })),
    accessibility: optional(text({ label: 'Barrierefreiheit des Ortes', max: 500 })),
    note: optional(text({ label: 'Anmerkung', max: 1000 })),
    sources: list({ label: 'Quellen', item: source }),
  },
  checks(data, report) {
    if (data.endTime && !data.startTime) report(['endTime'], 'gibt es nur zusammen mit einem Beginn.');
    if (data.startTime && data.endTime && data.endTime <= data.startTime) {
      report(['endTime'], `(${data.endTime} Uhr) liegt nicht nach dem Beginn (${data.startTime} Uhr).`);
    }
    if (data.venue.postcode !== undefined && !/^\d{5}$/.test(data.venue.postcode)) {
      report(['venue', 'postcode'], `„${data.venue.postcode}“ ist keine Postleitzahl: Sie hat genau 5 Ziffern.`);
    }
  },
});
