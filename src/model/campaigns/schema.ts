import { describeCollection } from '../collection.ts';
import { source } from '../common.ts';
import { line, list, MARKDOWN_HINT, optional, partialDate, references, text } from '../fields.ts';

export const campaigns = describeCollection({
  name: 'campaigns',
  label: 'Kampagnen',
  labelSingular: 'Kampagne',
  site: { segment: 'kampagnen', search: { order: 4 }, shareCard: true },
  format: 'mdx',
  hint: 'Präventionskampagnen der Kommunen. Termine werden beim Termin der Kampagne zugeordnet.',
  summaryField: 'title',
  fields: {
    title: line({ label: 'Titel', max: 160 }),
    motto: optional(line({ label: 'Motto', max: 200 })),
    topic: line({ label: 'Thema', hint: 'Zum Beispiel „Schulabsentismus“.', max: 120 }),
    lead: text({ label: 'Kurzbeschreibung', max: 400 }),
    towns: references({ label: 'Kommunen', collection: 'towns', min: 1 }),
    partners: references({ label: 'Partner', collection: 'organisations' }),
    start: optional(partialDate({ label: 'Beginn' })),
    sources: list({ label: 'Quellen', item: source }),
  },
  body: { label: 'Beschreibung', hint: MARKDOWN_HINT },
});
