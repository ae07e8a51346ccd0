/**
 * How the news section is put into words, where more than one file shows the same text: the list pages
 * (/aktuelles/ and its further pages), the RSS feed and the feed link in every page's head. Texts shown in
 * one place only stay literal in the page or component that shows them (docs/adr/0007-texte-der-oberflaeche.md).
 */

/** Name of the news section: page heading, tab title, breadcrumb. */
export const NEWS_TITLE = 'Aktuelles';

/** Meta description of the news list and description of the feed. */
export const NEWS_DESCRIPTION = 'Pressemitteilungen und Meldungen der Allianz Sichere Sächsische Kommunen (ASSKomm).';

/** The sentence under the heading of every page of the news list. */
export const NEWS_INTRO = 'Pressemitteilungen und Meldungen zu ASSKomm, die neuesten zuerst.';

/** The feed's title, in the feed itself and in the <link rel="alternate"> of every page. */
export const NEWS_FEED_TITLE = 'ASSKomm – Aktuelles';
