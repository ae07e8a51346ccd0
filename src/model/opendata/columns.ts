/**
 * What the open data sets of all content types share: the file name and title from the collection, the
 * entry's id and page address as columns, how a partial date is explained.
 */
import type { Column, Dataset } from '../../lib/opendata/dataset.ts';
import { collectionDescriptions } from '../registry.ts';
import type { PublishedCollection } from '../paths.ts';

export const DATE_NOTE = 'als Jahr-Monat-Tag wie 2023-08-09, als Jahr-Monat wie 2023-08 oder nur als Jahr, je nachdem, wie genau es bekannt ist; leer, wenn unbekannt';

/**
 * The data set of a collection: its files are named like the collection's list page
 * ("kommunen" → /daten/kommunen.csv), its title is the collection's label ("ASSKomm-Kommunen").
 */
export function collectionDataset<R>(c: PublishedCollection, description: string, columns: Column<R>[]): Dataset<R> {
  const { label, site } = collectionDescriptions[c];
  return { name: site.segment, title: `ASSKomm-${label}`, description, columns };
}

/** The entry's id, the last part of its page's address. */
export function idColumn<R extends { id: string }>(description = 'Kennung des Eintrags'): Column<R> {
  return { key: 'id', description, value: (r) => r.id };
}

/** The absolute address of the entry's page. */
export function pageColumn<R extends { url: string }>(description: string): Column<R> {
  return { key: 'url', description, value: (r) => r.url };
}
