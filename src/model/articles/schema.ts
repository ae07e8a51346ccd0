import { describeCollection } from '../collection.ts';
import { source } from '../common.ts';
import { boolean, date, image, line, list, MARKDOWN_HINT, multiselect, optional, options, references, select, text } from '../fields.ts';
import { NEWS_TITLE } from './text.ts';

export const TOPICS = options(
  ['kooperationsvereinbarung', 'Kooperationsvereinbarung'],
  ['schulabsentismus', 'Schulabsentismus'],
  ['praeventionsrat', 'Kommunaler Präventionsrat'],
  ['veranstaltung', 'Veranstaltung'],
  ['sicherheitsanalyse', 'Sicherheitsanalyse'],
  ['qualifizierung', 'Qualifizierung'],
  ['modellkommunen', 'Modellkommunen'],
);

/**
 * What kind of text an article is (ADR 0008): a press release published by the ministry or another body,
 * or the site's own short report that sums up published sources. Shown in lists, the article head and the feed.
 */
export const GENRES = options('Pressemitteilung', 'Kurzmeldung');

export const articles = describeCollection({
  name: 'articles',
  label: 'Artikel',
  labelSingular: 'Artikel',
  site: { segment: 'aktuelles', breadcrumb: NEWS_TITLE, search: { order: 1 }, shareCard: true },
  format: 'mdx',
  hint: 'Pressemitteilungen und Meldungen. Überschriften im Text beginnen mit „##“.',
  summaryField: 'title',
  // Two reports may share a title on different days; on the same day they are one article twice.
  sameEntry: (data) => `${data.title.toLocaleLowerCase('de')}|${String(data.date)}`,
  fields: {
    title: line({ label: 'Titel', max: 140 }),
    genre: select({
      label: 'Art der Meldung',
      hint: '„Pressemitteilung“: ein Text, den das Ministerium oder eine andere Stelle veröffentlicht hat. „Kurzmeldung“: unsere eigene kurze Zusammenfassung veröffentlichter Quellen; sie braucht mindestens eine Quelle.',
      options: GENRES,
    }),
    date: date({
      label: 'Datum',
      hint: 'Pressemitteilung: Tag der Veröffentlichung. Kurzmeldung: Tag des Ereignisses, über das sie berichtet.',
    }),
    dateUncertain: boolean({
      label: 'Datum nicht gesichert',
      hint: 'Wenn der Tag nur erschlossen ist; die Website sagt es dann beim Datum dazu.',
      default: false,
    }),
    lead: text({ label: 'Vorspann', hint: 'Ein bis drei Sätze, die das Wichtigste sagen.', max: 400 }),
    hero: optional(image({ label: 'Titelbild', hint: 'Nur echte Fotos mit Bildnachweis.' })),
    towns: references({ label: 'Kommunen', collection: 'towns' }),
    people: references({ label: 'Personen', collection: 'people' }),
    agreements: references({ label: 'Kooperationsvereinbarungen', collection: 'agreements' }),
    campaigns: references({ label: 'Kampagnen', collection: 'campaigns' }),
    events: references({ label: 'Termine', collection: 'events' }),
    topics: multiselect({ label: 'Themen', options: TOPICS }),
    sources: list({
      label: 'Quellen',
      hint: 'Woher die Angaben stammen. Eine Internetadresse nur eintragen, wenn sie vollständig bekannt ist.',
      item: source,
    }),
    draft: boolean({
      label: 'Entwurf',
      hint: 'Entwürfe erscheinen nicht auf der Website.',
      default: false,
    }),
  },
  checks(data, report) {
    if (data.genre === 'Kurzmeldung' && data.sources.length === 0) {
      report(['sources'], 'fehlen: Eine Kurzmeldung fasst veröffentlichte Quellen zusammen und nennt mindestens eine davon.');
    }
  },
  body: { label: 'Text', hint: MARKDOWN_HINT },
});
