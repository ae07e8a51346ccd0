/**
 * The search attributes of each kind of content page, decided in one place: which date a page sorts by
 * and which Landkreise it belongs to. Pages spread the result on their main content element:
 *
 *   <article {...searchForArticle(store, entry)}>
 *     <h1 {...searchTitle}>…</h1>
 */
import type { District } from '../lib/geo/municipalities.ts';
import type { AgreementEntry, ArticleEntry, CampaignEntry, EventEntry, PersonEntry, Store } from './store.ts';
import { attendancesOf } from './agreements/participants.ts';
import { viewTown, type TownView } from './towns/views.ts';
import { searchMeta, type SearchAttributes } from '../lib/search/meta.ts';
import type { SearchKind } from './search-kinds.ts';
import { collectionDescriptions, type CollectionDescriptions } from './registry.ts';

/** The Landkreise of the given towns (a group counts with its members' Landkreise), each once, by name. */
export function districtsOfTowns(s: Store, townIds: readonly string[]): District[] {
  const found = new Map<string, District>();
  for (const id of townIds) {
    const town = s.index.towns.get(id);
    if (!town) continue;
    for (const d of viewTown(s, town).districts) found.set(d.ars, d);
  }
  return [...found.values()].sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

/** The collections whose entry pages the search finds (`site.search` in their descriptions). */
export type SearchedCollection = {
  [K in keyof CollectionDescriptions]: CollectionDescriptions[K]['site'] extends { search: object } ? K : never;
}[keyof CollectionDescriptions];

/** The search kind of a collection's entry pages: its singular label ("Termin"). */
export function searchKindOf(c: SearchedCollection): SearchKind {
  return collectionDescriptions[c].labelSingular;
}

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

export function searchForArticle(s: Store, a: ArticleEntry): SearchAttributes {
  return searchMeta(searchKindOf('articles'), { date: a.data.date, districts: districtsOfTowns(s, ids(a.data.towns)) });
}

export function searchForTown(view: TownView): SearchAttributes {
  return searchMeta(searchKindOf('towns'), { districts: view.districts });
}

/** A person belongs to the Landkreise of the agreements they signed or attended. */
export function searchForPerson(s: Store, p: PersonEntry): SearchAttributes {
  const towns = attendancesOf(s, p.id).flatMap((x) => ids(x.agreement.data.towns));
  return searchMeta(searchKindOf('people'), { districts: districtsOfTowns(s, towns) });
}

export function searchForCampaign(s: Store, c: CampaignEntry): SearchAttributes {
  return searchMeta(searchKindOf('campaigns'), { date: c.data.start, districts: districtsOfTowns(s, ids(c.data.towns)) });
}

export function searchForEvent(s: Store, e: EventEntry): SearchAttributes {
  return searchMeta(searchKindOf('events'), { date: e.data.date, districts: districtsOfTowns(s, e.data.town ? [e.data.town.id] : []) });
}

export function searchForAgreement(s: Store, a: AgreementEntry): SearchAttributes {
  return searchMeta(searchKindOf('agreements'), {
    date: a.data.date,
    dateUncertain: a.data.dateUncertain,
    districts: districtsOfTowns(s, ids(a.data.towns)),
  });
}
