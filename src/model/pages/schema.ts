import { describeCollection } from '../collection.ts';
import { integer, line, MARKDOWN_HINT, optional, text } from '../fields.ts';

export const pages = describeCollection({
  name: 'pages',
  label: 'Seiten',
  labelSingular: 'Seite',
  site: { segment: '' },
  format: 'mdx',
  hint: 'Feste Seiten wie „Über ASSKomm“, Impressum und Datenschutz. Der Dateiname ist die Adresse.',
  summaryField: 'title',
  fields: {
    title: line({ label: 'Titel', max: 120 }),
    description: text({ label: 'Beschreibung für Suchmaschinen', max: 300 }),
    order: optional(integer({ label: 'Reihenfolge im Fußbereich', min: 0, max: 100 })),
  },
  body: { label: 'Text', hint: MARKDOWN_HINT },
});
