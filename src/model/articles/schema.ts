import { describeCollection } from '../collection.ts';
import { boolean, date, image, line, multiselect, optional, references, text } from '../fields.ts';
import { NEWS_TITLE } from './text.ts';

export const TOPICS = [
  { value: 'kooperationsvereinbarung', label: 'Kooperationsvereinbarung' },
  { value: 'schulabsentismus', label: 'Schulabsentismus' },
  { value: 'praeventionsrat', label: 'Kommunaler Präventionsrat' },
  { value: 'veranstaltung', label: 'Veranstaltung' },
  { value: 'sicherheitsanalyse', label: 'Sicherheitsanalyse' },
  { value: 'qualifizierung', label: 'Qualifizierung' },
] as const;

export const articles = describeCollection({
  name: 'articles',
  label: 'Artikel',
  labelSingular: 'Artikel',
  site: { segment: 'aktuelles', breadcrumb: NEWS_TITLE, search: { order: 1 }, shareCard: true },
  folder: 'content/articles',
  format: 'mdx',
  hint: 'Pressemitteilungen und Meldungen. Überschriften im Text beginnen mit „##“.',
  summaryField: 'title',
  fields: {
    title: line({ label: 'Titel', max: 140 }),
    date: date({ label: 'Datum', hint: 'Tag der Veröffentlichung.' }),
    lead: text({ label: 'Vorspann', hint: 'Ein bis drei Sätze, die das Wichtigste sagen.', max: 400 }),
    hero: optional(image({ label: 'Titelbild', hint: 'Nur echte Fotos mit Bildnachweis.' })),
    towns: references({ label: 'Kommunen', collection: 'towns' }),
    people: references({ label: 'Personen', collection: 'people' }),
    agreements: references({ label: 'Kooperationsvereinbarungen', collection: 'agreements' }),
    campaigns: references({ label: 'Kampagnen', collection: 'campaigns' }),
    events: references({ label: 'Termine', collection: 'events' }),
    topics: multiselect({ label: 'Themen', options: TOPICS }),
    draft: boolean({
      label: 'Entwurf',
      hint: 'Entwürfe erscheinen nicht auf der Website.',
      default: false,
    }),
  },
  body: { label: 'Text', hint: 'Markdown. Zwischenüberschriften mit „##“. Geschweifte Klammern und „<“ werden beim Speichern geschützt.' },
});
