/**
 * The automated accessibility checks of this site: ONE list, read by the tests (which take their parameters
 * from here) and rendered on /barrierefreiheit/ (so the statement says exactly what the tests do, and cannot
 * drift from them). Texts are plain German for the public; ids and fields are for the code.
 */

/** Where a check runs. */
export type CheckScope = 'every-page' | 'page-types' | 'main-page-types' | 'journey';

export interface A11yCheck {
  id: 'axe' | 'reflow' | 'text-spacing' | 'focus' | 'target-size' | 'zoom' | 'screen-reader';
  /** WCAG 2.2 success criteria the check covers (numbers only). */
  criteria: string[];
  /** Short German title: what a visitor gains. */
  title: string;
  /** Plain German: how the test checks it. One or two sentences. */
  how: string;
  scope: CheckScope;
}

/** Viewport width for the reflow check (WCAG: 1280 CSS px at 400 % zoom). */
export const REFLOW_WIDTH = 320;

/** The WCAG 1.4.12 text-spacing values, as multiples of the font size. */
export const TEXT_SPACING = { lineHeight: 1.5, paragraphSpacing: 2, letterSpacing: 0.12, wordSpacing: 0.16 } as const;

/** Minimum size of a pointer target in CSS px (WCAG 2.5.8). */
export const TARGET_SIZE = 24;

/** Text size for the zoom check, in percent of the normal size. */
export const TEXT_ZOOM = 200;

/** The axe-core rule sets the sweep runs (WCAG 2.0 and 2.1, levels A and AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Minimum focus outline: thickness in CSS px and contrast against the background next to it. */
export const FOCUS_OUTLINE = { width: 2, contrast: 3 } as const;

const percent = (n: number) => `${Math.round(n * 100)}`;

export const a11yChecks: readonly A11yCheck[] = [
  {
    id: 'axe',
    criteria: ['1.1.1', '1.3.1', '1.4.3', '2.4.2', '3.1.1', '4.1.2'],
    title: 'Automatische Prüfung mit axe-core',
    how: 'Das Prüfprogramm axe-core untersucht jede Seite in einem echten Browser auf die Regeln der WCAG-Stufen A und AA, die sich automatisch prüfen lassen: zum Beispiel Textalternativen für Bilder, Kontraste, Überschriften, Beschriftungen von Formularfeldern und die Sprache der Seite.',
    scope: 'every-page',
  },
  {
    id: 'reflow',
    criteria: ['1.4.10'],
    title: 'Lesbar auf schmalen Bildschirmen',
    how: `Jede Seite wird ${REFLOW_WIDTH} Pixel breit angezeigt. Das entspricht einer Vergrößerung auf 400 Prozent. Dann darf man die Seite nicht seitlich verschieben müssen. Nur die Karte und breite Tabellen dürfen in einem eigenen, beschrifteten Bereich seitlich scrollen, den man auch mit der Tastatur erreicht. Lange Wörter werden getrennt oder umbrochen.`,
    scope: 'every-page',
  },
  {
    id: 'text-spacing',
    criteria: ['1.4.12'],
    title: 'Größere Abstände im Text',
    how: `Jede Seite wird mit größeren Abständen angezeigt, so wie manche Menschen sie zum Lesen einstellen: Zeilenhöhe ${percent(TEXT_SPACING.lineHeight)} Prozent, Abstand nach Absätzen ${percent(TEXT_SPACING.paragraphSpacing)} Prozent, Abstand zwischen Buchstaben ${percent(TEXT_SPACING.letterSpacing)} Prozent und zwischen Wörtern ${percent(TEXT_SPACING.wordSpacing)} Prozent der Schriftgröße. Dabei darf kein Text abgeschnitten werden oder sich überlagern.`,
    scope: 'every-page',
  },
  {
    id: 'target-size',
    criteria: ['2.5.8'],
    title: 'Ausreichend große Schaltflächen und Links',
    how: `Auf jeder Seite wird jedes Bedienelement vermessen. Es muss mindestens ${TARGET_SIZE} mal ${TARGET_SIZE} Pixel groß sein oder genug Abstand zum nächsten Bedienelement haben. Links mitten im Fließtext sind davon ausgenommen, so wie es die Regel erlaubt.`,
    scope: 'every-page',
  },
  {
    id: 'focus',
    criteria: ['2.4.7', '2.4.11', '2.4.13'],
    title: 'Sichtbarer Tastaturfokus',
    how: `Auf jeder Art von Seite wird mit der Tabulatortaste von Element zu Element gesprungen. Jedes Element, das den Fokus erhält, muss sichtbar sein, darf nicht von anderen Teilen der Seite verdeckt werden und muss einen deutlichen Rahmen haben: mindestens ${FOCUS_OUTLINE.width} Pixel breit und mit einem Kontrast von mindestens ${FOCUS_OUTLINE.contrast} zu 1 gegenüber dem Hintergrund.`,
    scope: 'page-types',
  },
  {
    id: 'zoom',
    criteria: ['1.4.4'],
    title: 'Doppelte Schriftgröße',
    how: `Die Startseite, eine Meldung, eine Kommune, ein Termin und die Suche werden mit ${TEXT_ZOOM} Prozent Schriftgröße angezeigt. Dabei darf kein Text abgeschnitten werden, und man darf die Seite nicht seitlich verschieben müssen.`,
    scope: 'main-page-types',
  },
  {
    id: 'screen-reader',
    criteria: ['1.3.1', '2.4.4', '2.4.6', '4.1.2', '4.1.3'],
    title: 'Mit einem Bildschirmleser zum Informationstag',
    how: 'Ein simulierter Bildschirmleser geht den Weg, den Eltern gehen: von der Startseite über Überschriften und Links zum Informationstag in Heidenau und zu seinem Kalendereintrag. Geprüft wird, was er vorliest: der Titel der Seite, das Datum, dass die Uhrzeit noch nicht bekannt ist, der Ort und der Name des Kalender-Links. Ebenso geht er eine Suche nach „Heidenau“ durch; dabei muss die Zahl der Treffer angesagt werden.',
    scope: 'journey',
  },
];

export const scopeLabel: Record<CheckScope, string> = {
  'every-page': 'auf jeder Seite',
  'page-types': 'auf jeder Art von Seite',
  'main-page-types': 'auf den fünf wichtigsten Arten von Seiten',
  journey: 'auf einem typischen Weg durch die Website',
};

export function checkById(id: A11yCheck['id']): A11yCheck {
  const check = a11yChecks.find((c) => c.id === id);
  if (!check) throw new Error(`Unbekannte Prüfung ${id}`);
  return check;
}
