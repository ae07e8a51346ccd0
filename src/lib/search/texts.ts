/**
 * What the search page says, in one place: the page's components and its script both use these (the script
 * writes the status line, the "more" button and the filter counts at run time). One exception to the rule
 * "literal where shown" (docs/adr/0007-texte-der-oberflaeche.md), because the search runtime owns them all.
 */
import type { FilterKey } from './keys.ts';

const number = new Intl.NumberFormat('de-DE');

/** German quotation marks: „Heidenau“. */
export const quoted = (q: string) => `„${q}“`;

export interface CountInfo {
  /** Results shown with the chosen filters. */
  count: number;
  /** Results without filters; differs from count only when filters are chosen. */
  unfiltered: number;
  filtered: boolean;
}

/** The sentence the live region announces: "3 Ergebnisse für „Heidenau“". */
export function resultCountText(q: string, { count, unfiltered, filtered }: CountInfo): string {
  const head =
    count === 0
      ? `Keine Ergebnisse für ${quoted(q)}`
      : `${number.format(count)} ${count === 1 ? 'Ergebnis' : 'Ergebnisse'} für ${quoted(q)}`;
  if (!filtered) return head;
  return `${head} mit den gewählten Filtern (ohne Filter: ${number.format(unfiltered)})`;
}

export const FILTER_LEGENDS: Record<FilterKey, string> = {
  typ: 'Art',
  jahr: 'Jahr',
  landkreis: 'Landkreis',
};

export const TEXTS = {
  pageTitle: 'Suche',
  pageDescription: 'Artikel, Kommunen, Personen, Kampagnen, Termine und Vereinbarungen der Allianz Sichere Sächsische Kommunen durchsuchen.',
  intro: 'Durchsuchen Sie Meldungen, Kommunen, Personen, Kampagnen, Termine und Vereinbarungen.',
  noScript: 'Die Suche braucht JavaScript, das in Ihrem Browser ausgeschaltet ist. Alle Inhalte finden Sie auch über die Übersichten:',
  filtersHeading: 'Sortieren und filtern',
  sortLabel: 'Sortierung',
  filtersSummary: 'Nach Art, Jahr und Landkreis filtern',
  filtersLoading: 'Filter werden geladen …',
  resetFilters: 'Alle Filter zurücksetzen',
  resultsHeading: 'Suchergebnisse',
  prompt: 'Geben Sie einen Suchbegriff ein, zum Beispiel den Namen einer Kommune.',
  unavailable: 'Die Suche ist gerade nicht verfügbar. Bitte versuchen Sie es später noch einmal oder nutzen Sie die Übersichten.',
  hintsHeading: 'So finden Sie vielleicht doch, was Sie suchen',
  hintSpelling: 'Prüfen Sie die Schreibweise.',
  hintFewerWords: 'Verwenden Sie weniger oder allgemeinere Wörter, zum Beispiel nur den Namen einer Kommune.',
  hintFilters: 'Nehmen Sie Filter zurück.',
  hintLists: 'Stöbern Sie in den Übersichten:',
  more: (rest: number) => `Weitere Ergebnisse anzeigen (noch ${number.format(rest)})`,
  filterCount: (n: number) => `(${number.format(n)})`,
} as const;
