import { describeCollection } from '../collection.ts';
import { source } from '../common.ts';
import { line, list, optional, reference, text } from '../fields.ts';

export const people = describeCollection({
  name: 'people',
  label: 'Personen',
  labelSingular: 'Person',
  site: { segment: 'personen', search: { order: 3 } },
  format: 'yaml',
  hint: 'Nur Menschen in öffentlichen Ämtern, über die in Quellen berichtet wurde.',
  summaryField: 'name',
  fields: {
    name: line({ label: 'Name', hint: 'Vor- und Nachname, ohne Titel.', max: 120 }),
    academicTitle: optional(line({ label: 'Akademischer Grad', hint: 'Zum Beispiel „Dr.“.', max: 40 })),
    title: optional(
      line({
        label: 'Amts- oder Dienstbezeichnung',
        hint: 'Zum Beispiel „Polizeirat“ oder „Staatsminister“, wie zuletzt aus Quellen bekannt.',
        max: 120,
      }),
    ),
    role: optional(line({ label: 'Funktion', hint: 'Wie zuletzt aus Quellen bekannt.', max: 200 })),
    organisation: optional(reference({ label: 'Organisation', collection: 'organisations' })),
    note: optional(text({ label: 'Anmerkung', max: 500 })),
    sources: list({ label: 'Quellen', item: source }),
  },
});
