/**
 * Helpers for checking a short report against its content (tests/news-reports.test.ts): which dates,
 * numbers and names its text contains. Pure functions over plain text; German date forms only.
 */
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTH = MONTHS.join('|');
const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name) + 1;

/** Letters and digits, so a name is matched as a whole word ("Reichenbach" not inside "Reichenbacher"). */
const WORD = '[\\p{L}\\p{N}]';

export interface DatesInText {
  /** "9. August 2023" → "2023-08-09" */
  days: string[];
  /** "August 2023" (without a day) → "2023-08" */
  months: string[];
  /** A year standing alone ("2020") → "2020" */
  years: string[];
  /** The text with every date taken out, for the search for other numbers. */
  rest: string;
}

export function datesInText(text: string): DatesInText {
  const days: string[] = [];
  const months: string[] = [];
  const years: string[] = [];
  let rest = text.replace(new RegExp(`(?<!${WORD})(\\d{1,2})\\.\\s+(${MONTH})\\s+(\\d{4})(?!${WORD})`, 'gu'), (_, d, m, y) => {
    days.push(`${y}-${pad(monthNumber(m))}-${pad(Number(d))}`);
    return ' ';
  });
  rest = rest.replace(new RegExp(`(?<!${WORD})(${MONTH})\\s+(\\d{4})(?!${WORD})`, 'gu'), (_, m, y) => {
    months.push(`${y}-${pad(monthNumber(m))}`);
    return ' ';
  });
  rest = rest.replace(new RegExp(`(?<!${WORD})((?:19|20)\\d{2})(?!${WORD})`, 'gu'), (_, y) => {
    years.push(y);
    return ' ';
  });
  return { days, months, years, rest };
}

/** Whole numbers written in digits ("53" in "die 53. Vereinbarung", "230"), in order. */
export function numbersInText(text: string): number[] {
  return [...text.matchAll(new RegExp(`(?<!${WORD})\\d+(?!${WORD})`, 'gu'))].map((m) => Number(m[0]));
}

/** Does a date written in the text match one of the known (partial) ISO dates? */
export function dateIsKnown(written: string, known: readonly string[]): boolean {
  return known.some((k) => k === written || k.startsWith(`${written}-`));
}

/**
 * Which of the named things occur in the text. `names` maps each spelling to the id it stands for; longer
 * spellings win ("Verwaltungsgemeinschaft Reichenbach/O.L." before "Reichenbach/O.L."), and what they matched
 * is taken out before shorter ones are looked for.
 */
export function namesInText(text: string, names: ReadonlyMap<string, string>): Set<string> {
  const found = new Set<string>();
  let rest = text;
  for (const name of [...names.keys()].sort((a, b) => b.length - a.length)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const re = new RegExp(`(?<!${WORD})${escaped}(?!${WORD})`, 'gu');
    if (re.test(rest)) {
      found.add(names.get(name)!);
      rest = rest.replace(re, ' ');
    }
  }
  return found;
}

/** Text with the given phrases taken out (organisation names that contain a town's name). */
export function withoutPhrases(text: string, phrases: readonly string[]): string {
  let rest = text;
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) rest = rest.split(p).join(' ');
  return rest;
}

const ROLES = [
  'Oberbürgermeisterin',
  'Oberbürgermeister',
  'Bürgermeisterin',
  'Bürgermeister',
  'Polizeipräsident',
  'Polizeipräsidentin',
  'Innenminister',
  'Staatsminister',
  'Staatssekretär',
  'Landtagsabgeordnete',
  'Polizeirat',
  'Polizeihauptmeister',
  'Polizeioberkommissarin',
  'Referatsleiter',
];

/**
 * Names written right after a title ("Bürgermeister Jürgen Opitz" → "Jürgen Opitz"): two or three words with a
 * capital letter. They must be people the report links, so a report cannot name someone the content model lacks.
 */
export function titledNames(text: string): string[] {
  const re = new RegExp(`(?<!${WORD})(?:${ROLES.join('|')})\\s+((?:Dr\\.\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2})`, 'gu');
  return [...text.matchAll(re)].map((m) => m[1]!.replace(/^Dr\.\s+/, ''));
}
