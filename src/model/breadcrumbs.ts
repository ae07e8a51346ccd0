/**
 * Breadcrumbs of the collections' pages, named from the collection descriptions: an event page's trail is
 * "Termine › <title>" because events are published under `site.segment` 'termine' with the label "Termine".
 */
import type { Publication } from './collection.ts';
import { collectionDescriptions } from './registry.ts';
import { entryPath, listPath, type PublishedCollection } from './paths.ts';

export interface Breadcrumb {
  label: string;
  /** Site path without the base ("/aktuelles/"); leave it out on the current page. */
  href?: string;
}

/** The crumb of a collection's list page: "Aktuelles" → /aktuelles/. */
export function listCrumb(c: PublishedCollection): Breadcrumb {
  const d = collectionDescriptions[c];
  const site: Publication = d.site;
  return { label: site.breadcrumb ?? d.label, href: listPath(c) };
}

/** The trail below the start page for one entry's page: its list page, then the entry itself. */
export function entryTrail(c: PublishedCollection, title: string): Breadcrumb[] {
  return [listCrumb(c), { label: title }];
}

/** The trail of a page below an entry's page ("Termine › <title> › Aushang"). */
export function subPageTrail(c: PublishedCollection, id: string, title: string, label: string): Breadcrumb[] {
  return [listCrumb(c), { label: title, href: entryPath(c, id) }, { label }];
}
