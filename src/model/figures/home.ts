/**
 * The start page's key figures with their German labels. The counting itself lives in one place,
 * src/model/figures/counting.ts (via getStats() in src/model/figures/figures.ts), so the start page and /zahlen/ always agree.
 */

export interface KeyFigure {
  value: number;
  label: string;
}

export interface HomeCounts {
  /** Distinct municipalities taking part, directly or through a group. */
  municipalities: number;
  /** Landkreise and Kreisfreie Städte with at least one of them. */
  districts: number;
  /** Kooperationsvereinbarungen recorded on the site. */
  cooperationAgreements: number;
}

/** A soft hyphen: long compounds may break here on narrow screens (not every browser hyphenates German). */
const SHY = '\u00AD';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function keyFigures(c: HomeCounts): KeyFigure[] {
  return [
    {
      value: c.municipalities,
      label: plural(
        c.municipalities,
        'Stadt oder Gemeinde mit eigenem ASSKomm-Schritt, wie auf dieser Website dokumentiert',
        'Städte und Gemeinden mit eigenem ASSKomm-Schritt, wie auf dieser Website dokumentiert',
      ),
    },
    {
      value: c.districts,
      label: plural(c.districts, 'Landkreis oder Kreisfreie Stadt, in dem sie liegen', 'Landkreise und Kreisfreie Städte, in denen sie liegen'),
    },
    {
      value: c.cooperationAgreements,
      label: plural(
        c.cooperationAgreements,
        `Kooperations${SHY}vereinbarung, wie auf dieser Website dokumentiert`,
        `Kooperations${SHY}vereinbarungen, wie auf dieser Website dokumentiert`,
      ),
    },
  ];
}
