/**
 * Every fixed text of the site's frame in one German dictionary: labels, headings, link texts.
 * Keys are typed, so a misspelt key fails the type check. Others may add keys (keep them grouped by page
 * or component, and keep link texts meaningful on their own: never "hier", "mehr" or "weiterlesen").
 * Placeholders look like {name} and are filled by t().
 */
export const de = {
  // Frame
  'site.skipLink': 'Zum Inhalt springen',
  'site.homeLinkLabel': '{siteName}, zur Startseite',
  'site.mainNavigation': 'Hauptmenü',
  'site.breadcrumbs': 'Sie sind hier',
  'site.breadcrumbsHome': 'Startseite',
  'site.backToTop': 'Nach oben',
  'site.titleSeparator': ' – ',

  // Search form (the results page /suche/ is built by the search feature)
  'search.label': 'Website durchsuchen',
  'search.placeholder': 'Suchbegriff',
  'search.submit': 'Suchen',

  // Footer
  'footer.heading': 'Über diese Website',
  'footer.pagesHeading': 'Informationen',
  'footer.contactHeading': 'Kontakt',
  'footer.contactText': 'Fragen zu ASSKomm beantwortet der {publisher}:',
  'footer.publishedBy': 'Herausgeber: {publisher}',
  'footer.feedLink': 'Meldungen als RSS-Feed abonnieren',

  // Start page
  'home.title': 'Startseite',
  'home.intro':
    'Mit der Allianz Sichere Sächsische Kommunen (ASSKomm) beugen Städte und Gemeinden in Sachsen Kriminalität vor Ort vor – in verbindlicher Zusammenarbeit mit der Polizei und dem Freistaat. Koordiniert wird die Strategie seit ihrem Start im Februar 2019 vom Landespräventionsrat Sachsen.',
  'home.eventsHeading': 'Nächste Termine',
  'home.eventsEmpty': 'Zurzeit sind keine Termine angekündigt.',
  'home.eventsAll': 'Alle Termine und vergangene Veranstaltungen',
  'home.articlesHeading': 'Aktuelle Meldungen',
  'home.articlesEmpty': 'Noch keine Meldungen veröffentlicht.',
  'home.articlesAll': 'Alle Meldungen im Überblick',
  'home.figuresHeading': 'ASSKomm in Zahlen',
  'home.figuresAll': 'Alle Zahlen zu ASSKomm',
  'home.mapHeading': 'Die Kommunen auf der Karte',
  'home.mapText':
    'Welche Städte und Gemeinden bei ASSKomm mitmachen und wie weit sie sind, zeigt die Karte nach Landkreisen geordnet.',
  'home.mapLink': 'Karte der ASSKomm-Kommunen öffnen',
  'home.aboutLink': 'Mehr über ASSKomm erfahren',
  'home.townsLink': 'Alle teilnehmenden Kommunen',

  // News
  'news.title': 'Aktuelles',
  'news.description': 'Pressemitteilungen und Meldungen der Allianz Sichere Sächsische Kommunen (ASSKomm).',
  'news.intro': 'Pressemitteilungen und Kurzmeldungen zu ASSKomm, die neuesten zuerst. Kurzmeldungen sind unsere eigenen Zusammenfassungen veröffentlichter Quellen und tragen das Datum des Ereignisses, über das sie berichten.',
  'news.empty': 'Noch keine Meldungen veröffentlicht.',
  'news.pageTitle': 'Aktuelles – Seite {page} von {total}',
  'news.yearTitle': 'Meldungen aus dem Jahr {year}',
  'news.yearDescription': 'Alle Meldungen der Allianz Sichere Sächsische Kommunen aus dem Jahr {year}.',
  'news.topicTitle': 'Meldungen zum Thema {topic}',
  'news.topicDescription': 'Alle Meldungen der Allianz Sichere Sächsische Kommunen zum Thema {topic}.',
  'news.count': '{count} Meldungen',
  'news.countOne': '1 Meldung',
  'news.archiveLabel': 'Archiv der Meldungen',
  'news.yearsHeading': 'Nach Jahren',
  'news.topicsHeading': 'Nach Themen',
  'news.allLink': 'Alle Meldungen',
  'news.feedTitle': 'ASSKomm – Aktuelles',
  'news.topicsLabel': 'Themen',
  'news.publishedOn': 'Veröffentlicht am',
  'news.reportOn': 'Ereignis vom',
  'news.relatedTowns': 'Beteiligte Kommunen',
  'news.relatedAgreements': 'Die Vereinbarung',
  'news.relatedAgreementsMany': 'Die Vereinbarungen',
  'news.relatedCampaigns': 'Die Kampagne',
  'news.relatedCampaignsMany': 'Die Kampagnen',
  'news.relatedEvents': 'Termine dazu',
  'news.sourcesHeading': 'Quellen',
  'news.sourcesIntro': 'Diese Kurzmeldung fasst die folgenden veröffentlichten Quellen zusammen:',
  'news.genreLabel': 'Art der Meldung',
  'news.undatedAgreementsLink': 'Alle Vereinbarungen mit ihren Daten',

  // Pagination
  'pagination.label': 'Seiten',
  'pagination.previous': 'Vorherige Seite',
  'pagination.next': 'Nächste Seite',
  'pagination.page': 'Seite {page}',
  'pagination.status': 'Seite {page} von {total}',

  // 404
  'notFound.title': 'Seite nicht gefunden',
  'notFound.description': 'Die angeforderte Seite gibt es auf dieser Website nicht (mehr).',
  'notFound.text':
    'Diese Adresse gibt es auf der Website nicht oder nicht mehr. Vielleicht hilft die Suche oder einer der folgenden Einstiege weiter.',
  'notFound.linksHeading': 'Einstiege',
  'notFound.searchHeading': 'Suchen',
} as const;

export type UiKey = keyof typeof de;
