/**
 * How many agreements lack a known day of signing, for the note on "Aktuelles": the news archive has a dated
 * short report for every agreement whose day is known, and says how many it cannot date (ADR 0008).
 */
export interface AgreementDate {
  data: { date?: string | undefined; dateUncertain: boolean };
}

export interface AgreementDateGaps {
  total: number;
  /** No date at all. */
  noDate: number;
  /** Only the year is known. */
  yearOnly: number;
  /** Only the month is known. */
  monthOnly: number;
  /** A day is given, but only inferred. */
  uncertain: number;
}

export function agreementDateGaps(list: readonly AgreementDate[]): AgreementDateGaps {
  const noDate = list.filter((a) => !a.data.date).length;
  const yearOnly = list.filter((a) => a.data.date?.length === 4).length;
  const monthOnly = list.filter((a) => a.data.date?.length === 7).length;
  const uncertain = list.filter((a) => a.data.date?.length === 10 && a.data.dateUncertain).length;
  return { total: list.length, noDate, yearOnly, monthOnly, uncertain };
}

const agreementsWord = (n: number) => (n === 1 ? 'einer Vereinbarung' : `${n} Vereinbarungen`);

/** The note in German, e.g. "Von den 27 Vereinbarungen … ist bei 3 kein genauer Tag … bekannt (…)." */
export function agreementDateGapsText(g: AgreementDateGaps): string {
  const unknown = g.noDate + g.yearOnly + g.monthOnly;
  const parts: string[] = [];
  if (unknown === 0) {
    parts.push(`Bei allen ${g.total} Vereinbarungen auf dieser Website ist der Tag der Unterzeichnung bekannt.`);
  } else {
    const detail = [
      g.noDate > 0 ? `bei ${g.noDate} gar kein Datum` : '',
      g.yearOnly > 0 ? `bei ${g.yearOnly} nur das Jahr` : '',
      g.monthOnly > 0 ? `bei ${g.monthOnly} nur der Monat` : '',
    ].filter(Boolean);
    parts.push(
      `Von den ${g.total} Vereinbarungen auf dieser Website ist bei ${unknown} kein genauer Tag der Unterzeichnung bekannt (${detail.join(', ')}); ` +
        `zu ${unknown === 1 ? 'ihr' : 'ihnen'} gibt es hier keine datierte Kurzmeldung.`,
    );
  }
  if (g.uncertain > 0) {
    parts.push(
      `Bei ${agreementsWord(g.uncertain)} ist der Tag nur erschlossen; die Kurzmeldung sagt beim Datum, dass es nicht gesichert ist.`,
    );
  }
  return parts.join(' ');
}
