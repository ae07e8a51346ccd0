import { describeCollection } from '../collection.ts';
import { participant, source } from '../common.ts';
import { boolean, integer, line, list, optional, options, partialDate, references, select, text } from '../fields.ts';

export const AGREEMENT_KINDS = options('Kooperationsvereinbarung', 'Vorvereinbarung');

export const agreements = describeCollection({
  name: 'agreements',
  label: 'Vereinbarungen',
  labelSingular: 'Vereinbarung',
  site: { segment: 'vereinbarungen', search: { order: 6 } },
  format: 'yaml',
  hint: 'Kooperations- und Vorvereinbarungen zwischen Kommunen, Polizei und Landespräventionsrat.',
  summaryField: 'title',
  fields: {
    title: line({ label: 'Bezeichnung', hint: 'Zum Beispiel „Kooperationsvereinbarung Heidenau“.', max: 200 }),
    kind: select({ label: 'Art', options: AGREEMENT_KINDS }),
    towns: references({ label: 'Kommunen', collection: 'towns', min: 1 }),
    date: optional(partialDate({ label: 'Datum der Unterzeichnung', hint: 'Leer lassen, wenn es unbekannt ist.' })),
    dateUncertain: boolean({ label: 'Datum nicht gesichert', hint: 'Wenn das Datum nur erschlossen ist.', default: false }),
    number: optional(integer({ label: 'Laufende Nummer', hint: 'Die wievielte Vereinbarung (Heidenau: 53).', min: 1, max: 10000 })),
    place: optional(line({ label: 'Ort der Unterzeichnung', max: 200 })),
    signedBy: list({ label: 'Unterzeichnet von', item: participant, min: 1 }),
    present: list({ label: 'Außerdem anwesend', hint: 'Anwesend, aber nicht unterzeichnet.', item: participant }),
    summary: optional(text({ label: 'Kurzbeschreibung', max: 1000 })),
    note: optional(text({ label: 'Anmerkung', hint: 'Zum Beispiel, wenn Quellen sich widersprechen.', max: 1000 })),
    sources: list({ label: 'Quellen', item: source, min: 1 }),
  },
  checks(data, report) {
    const check = (key: 'signedBy' | 'present') =>
      data[key].forEach((p, i) => {
        if (!p.person && !p.organisation && !p.description) {
          report([key, i], 'Bitte eine Person, eine Organisation oder eine Beschreibung angeben.');
        }
      });
    check('signedBy');
    check('present');
    if (data.dateUncertain && !data.date) report(['dateUncertain'], 'gilt nur, wenn ein Datum eingetragen ist.');
  },
});
