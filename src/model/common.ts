/** Field groups several collections share. */
import { line, object, optional, partialDate, reference, url } from './fields.ts';

/** Where a fact comes from. A source without a full address keeps only its title. */
export const source = object({
  label: 'Quelle',
  fields: {
    title: line({ label: 'Titel der Quelle', hint: 'Zum Beispiel „Pressemitteilung des SMI“.', max: 300 }),
    url: optional(url({ label: 'Internetadresse', hint: 'Nur eine vollständige, geprüfte Adresse eintragen.' })),
    date: optional(partialDate({ label: 'Datum der Quelle' })),
  },
});

/** A person at a signing: who, in which role at that moment, for which organisation. */
export const participant = object({
  label: 'Person',
  hint: 'Mindestens eine Person oder eine Organisation angeben.',
  fields: {
    person: optional(reference({ label: 'Person', collection: 'people' })),
    role: optional(
      line({
        label: 'Funktion bei der Unterzeichnung',
        hint: 'So, wie sie an diesem Tag war, zum Beispiel „Bürgermeister“ oder „Leiter des Polizeireviers Pirna“.',
        max: 200,
      }),
    ),
    organisation: optional(reference({ label: 'Organisation', collection: 'organisations' })),
    description: optional(
      line({
        label: 'Beschreibung, wenn niemand namentlich bekannt ist',
        hint: 'Zum Beispiel „die Bürgermeister der fünf Städte“.',
        max: 200,
      }),
    ),
  },
});
