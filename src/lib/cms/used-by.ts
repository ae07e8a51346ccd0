/**
 * "Verwendet in": which entries refer to an entry, so that editors see it before they change or delete it.
 *
 * Decap has no hook before deleting (its events are preSave, postSave, prePublish, postPublish,
 * preUnpublish, postUnpublish) and cannot search other entries from a widget. So the build of /admin/
 * computes this index from all content files, and the CMS shows it read-only above each referable entry
 * and refuses to delete an entry that is listed as used (admin/init.ts). The index is as old as the last
 * build of /admin/: a reference added since then is not listed, and the content check still stops the
 * next build if an entry it needs was deleted (its message names the referring file). ADR 0010.
 *
 * The references are found through the field specs (kind `reference`/`references`), never by guessing
 * from the data.
 */
import type { CollectionName, FieldSpec } from '../../model/fields.ts';
import { collectionDescriptions, fieldSpecs } from '../../model/registry.ts';

/** The name of the read-only "Verwendet in" field; no collection has a field of that name. */
export const USED_BY_KEY = 'verwendetIn';
/** The widget that shows it (registered by admin/init.ts). */
export const USED_BY_WIDGET = 'verwendung';

/** The read-only field as Decap sees it: never written to a file (the widget never changes the entry). */
export const USED_BY_FIELD = {
  name: USED_BY_KEY,
  label: 'Verwendet in',
  hint: 'Einträge, die auf diesen verweisen: Stand der letzten Veröffentlichung der Website (mit „npm run cms“: beim Laden der Redaktionsseite). Ein verwendeter Eintrag lässt sich nicht löschen.',
  required: false,
  widget: USED_BY_WIDGET,
} as const;

/** One place where an entry is referred to. */
export interface UseSite {
  collection: CollectionName;
  id: string;
  /** The referring entry's title or name (its summary field). */
  title: string;
  /** The label of the referring field, e.g. „Kommunen“ or „Unterzeichnende › Person“. */
  field: string;
}

/** Key of the index: `towns/heidenau`. */
export type UsedByIndex = Record<string, UseSite[]>;

export function usedByKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/** A reference as the content loader gives it ({ collection, id }) or as the file has it (the id). */
function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') return (value as { id: string }).id;
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every reference in one entry's data: target collection, target id, and the label path of the field. */
export function referencesIn(
  data: unknown,
  fields: Record<string, FieldSpec>,
  trail = '',
): { collection: CollectionName; id: string; field: string }[] {
  if (!isRecord(data)) return [];
  return Object.entries(fields).flatMap(([key, spec]) => {
    const value = data[key];
    const label = trail ? `${trail} › ${spec.label}` : spec.label;
    switch (spec.kind) {
      case 'reference': {
        const id = idOf(value);
        return id ? [{ collection: spec.collection!, id, field: label }] : [];
      }
      case 'references':
        return (Array.isArray(value) ? value : [])
          .map(idOf)
          .filter((id): id is string => id !== undefined)
          .map((id) => ({ collection: spec.collection!, id, field: label }));
      case 'object':
        return referencesIn(value, spec.fields!, label);
      case 'list':
        return (Array.isArray(value) ? value : []).flatMap((item) =>
          spec.item!.fields ? referencesIn(item, spec.item!.fields, label) : [],
        );
      default:
        return [];
    }
  });
}

export interface IndexedEntry {
  collection: CollectionName;
  id: string;
  data: unknown;
}

export interface CollectionRules {
  fields: Record<string, FieldSpec>;
  summaryField: string;
}

/** The content model's rules: a collection's field specs and the field that names an entry. */
export function modelRules(name: CollectionName): CollectionRules {
  return { fields: fieldSpecs(name), summaryField: collectionDescriptions[name].summaryField };
}

/** Who refers to whom, over all entries; each referring entry once per target and field. */
export function buildUsedBy(entries: IndexedEntry[], rules: (c: CollectionName) => CollectionRules = modelRules): UsedByIndex {
  const index: UsedByIndex = {};
  for (const e of entries) {
    const { fields, summaryField } = rules(e.collection);
    const title = isRecord(e.data) && typeof e.data[summaryField] === 'string' ? (e.data[summaryField] as string) : e.id;
    const seen = new Set<string>();
    for (const ref of referencesIn(e.data, fields)) {
      const key = usedByKey(ref.collection, ref.id);
      if (seen.has(`${key}|${ref.field}`)) continue;
      seen.add(`${key}|${ref.field}`);
      (index[key] ??= []).push({ collection: e.collection, id: e.id, title, field: ref.field });
    }
  }
  return index;
}

/** Collections that some reference field points to: only their entries get a "Verwendet in" field. */
export function referableCollections(specs: Record<string, FieldSpec>[]): Set<CollectionName> {
  const targets = new Set<CollectionName>();
  const walk = (fields: Record<string, FieldSpec>) => {
    for (const spec of Object.values(fields)) {
      if (spec.collection) targets.add(spec.collection);
      if (spec.fields) walk(spec.fields);
      if (spec.item?.fields) walk(spec.item.fields);
    }
  };
  specs.forEach(walk);
  return targets;
}

/** One line per use: Artikel „Titel“ (Feld „Kommunen“). */
export function describeUse(site: UseSite, labelSingular: (c: CollectionName) => string): string {
  return `${labelSingular(site.collection)} „${site.title}“ (Feld „${site.field}“)`;
}

/** An entry's place in the CMS: Decap's router reads the part of the address after „#“. */
export function entryHash(site: Pick<UseSite, 'collection' | 'id'>): string {
  return `#/collections/${site.collection}/entries/${site.id}`;
}

/** The entry an address after „#“ opens (as `entryHash` writes it), or undefined for a list or a new entry. */
export function entryInHash(hash: string): { collection: string; id: string } | undefined {
  const open = /^#\/collections\/([^/]+)\/entries\/([^/?]+)/.exec(hash);
  return open ? { collection: open[1]!, id: decodeURIComponent(open[2]!) } : undefined;
}

/**
 * The address that opens an entry with a new load of the CMS page, for the "Verwendet in" links. Decap keeps
 * the open form when only the part after „#“ changes from one entry to another, and then shows the old
 * entry's values in the new entry's fields (seen 5 Dec: a town's list in an article's title, with the town's
 * sources), which an editor could save. `loadId` (the time of the click) makes the query differ from the
 * page's own, so the browser loads the page anew, and asks first if the open entry has unsaved changes.
 */
export function freshEntryAddress(site: Pick<UseSite, 'collection' | 'id'>, loadId: string): string {
  return `?geladen=${encodeURIComponent(loadId)}${entryHash(site)}`;
}

/** Why deleting is refused, with every use, in words an editor understands. */
export function deleteRefusal(sites: UseSite[], labelSingular: (c: CollectionName) => string): string {
  const lines = sites.map((s) => `– ${describeUse(s, labelSingular)}`);
  return [
    `Dieser Eintrag wird nicht gelöscht: ${sites.length === 1 ? 'Ein anderer Eintrag verweist' : `${sites.length} andere Einträge verweisen`} auf ihn.`,
    ...lines,
    'Bitte zuerst dort den Verweis entfernen oder einen anderen Eintrag wählen. Die Liste zeigt den Stand der letzten Veröffentlichung der Website: Löschen lässt sich der Eintrag, wenn er nach der nächsten Veröffentlichung hier nicht mehr als verwendet erscheint.',
  ].join('\n');
}

/** The name of every entry (its summary field), `towns/heidenau` → „Heidenau“: the CMS preview shows names, not ids. */
export function buildTitles(entries: IndexedEntry[], rules: (c: CollectionName) => CollectionRules = modelRules): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const e of entries) {
    const value = isRecord(e.data) ? e.data[rules(e.collection).summaryField] : undefined;
    if (typeof value === 'string') titles[usedByKey(e.collection, e.id)] = value;
  }
  return titles;
}
