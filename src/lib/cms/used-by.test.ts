import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../model/fields.ts';
import { allCollections, collectionDescriptions, fieldSpecs } from '../../model/registry.ts';
import { parseEntryFile } from './file-format.ts';
import { buildUsedBy, deleteRefusal, entryHash, entryInHash, freshEntryAddress, modelRules, referableCollections, referencesIn, usedByKey } from './used-by.ts';

const labelSingular = (c: CollectionName) => collectionDescriptions[c].labelSingular;

describe('referencesIn', () => {
  it('finds references in lists of groups, with the label path of the field', () => {
    const refs = referencesIn(
      { title: 'KV', towns: ['heidenau'], signedBy: [{ person: 'anna-muster', role: 'Bürgermeisterin' }, { organisation: 'lpr' }] },
      fieldSpecs('agreements'),
    );
    expect(refs).toContainEqual({ collection: 'towns', id: 'heidenau', field: 'Kommunen' });
    expect(refs).toContainEqual({ collection: 'people', id: 'anna-muster', field: 'Unterzeichnet von › Person' });
  });

  it('reads references as the content loader gives them ({ collection, id }) as well as file ids', () => {
    const refs = referencesIn({ town: { collection: 'towns', id: 'pirna' }, campaign: 'glaenzen' }, fieldSpecs('events'));
    expect(refs.map((r) => `${r.collection}/${r.id}`).sort()).toEqual(['campaigns/glaenzen', 'towns/pirna']);
  });
});

describe('buildUsedBy', () => {
  it('lists each referring entry under the entry it refers to, by title and field', () => {
    const index = buildUsedBy([
      { collection: 'articles', id: 'a1', data: { title: 'Erster Artikel', towns: ['heidenau', 'pirna'], people: [] } },
      { collection: 'events', id: 'e1', data: { title: 'Infotag', town: 'heidenau' } },
    ]);
    expect(index[usedByKey('towns', 'heidenau')]).toEqual([
      { collection: 'articles', id: 'a1', title: 'Erster Artikel', field: 'Kommunen' },
      { collection: 'events', id: 'e1', title: 'Infotag', field: 'Kommune' },
    ]);
    expect(index[usedByKey('towns', 'pirna')]).toHaveLength(1);
    expect(index[usedByKey('people', 'niemand')]).toBeUndefined();
  });

  it('finds every reference to Heidenau that the content files hold', () => {
    // Expected: every articles/events file whose front matter names heidenau in a town field, read directly.
    const root = path.resolve(import.meta.dirname, '../../..');
    const entries = (['articles', 'events', 'agreements', 'campaigns'] as const).flatMap((c) => {
      const d = collectionDescriptions[c];
      return readdirSync(path.join(root, d.folder))
        .filter((f) => f.endsWith(`.${d.format}`))
        .map((f) => ({ collection: c, id: f.replace(/\.[^.]+$/, ''), data: parseEntryFile(readFileSync(path.join(root, d.folder, f), 'utf8'), d.format) }));
    });
    const naming = entries.filter((e) => {
      const d = e.data as { towns?: string[]; town?: string };
      return d.towns?.includes('heidenau') || d.town === 'heidenau';
    });
    expect(naming.length).toBeGreaterThan(0);
    const sites = buildUsedBy(entries)[usedByKey('towns', 'heidenau')] ?? [];
    expect(sites.map((s) => `${s.collection}/${s.id}`).sort()).toEqual(naming.map((e) => `${e.collection}/${e.id}`).sort());
  });
});

describe('referableCollections', () => {
  it('is every collection some reference field points to, and no other', () => {
    const referable = referableCollections(allCollections.map((c) => fieldSpecs(c.name)));
    expect(referable.has('towns')).toBe(true);
    expect(referable.has('people')).toBe(true);
    expect(referable.has('settings')).toBe(false);
    expect(referable.has('pages')).toBe(false);
    expect(modelRules('towns').summaryField).toBe(collectionDescriptions.towns.summaryField);
  });
});

describe('freshEntryAddress', () => {
  it("opens the entry in Decap's router at an address that differs before the „#“, so the page loads anew", () => {
    const here = 'https://example.org/asskomm/admin/?geladen=1000#/collections/towns/entries/heidenau';
    const article = { collection: 'articles', id: 'mehr-als-nur-die-nummer-53' } as const;
    const to = new URL(freshEntryAddress(article, '2000'), here);
    expect(to.pathname).toBe('/asskomm/admin/');
    expect(to.hash).toBe(entryHash(article));
    expect(to.hash).toBe('#/collections/articles/entries/mehr-als-nur-die-nummer-53');
    expect(to.search).not.toBe(new URL(here).search);
    // The same entry again, later, from a page opened by such a link: still a new load.
    expect(new URL(freshEntryAddress(article, '3000'), to).search).not.toBe(to.search);
    // The delete refusal reads the open entry back from that address.
    expect(entryInHash(to.hash)).toEqual(article);
    expect(entryInHash('#/collections/articles')).toBeUndefined();
    expect(entryInHash('#/collections/articles/new')).toBeUndefined();
  });
});

describe('deleteRefusal', () => {
  it('says the entry is not deleted and names every use with its field, in German', () => {
    const text = deleteRefusal(
      [
        { collection: 'articles', id: 'a1', title: 'Erster Artikel', field: 'Kommunen' },
        { collection: 'events', id: 'e1', title: 'Infotag', field: 'Kommune' },
      ],
      labelSingular,
    );
    expect(text).toContain('Dieser Eintrag wird nicht gelöscht: 2 andere Einträge verweisen auf ihn.');
    expect(text).toContain(`– ${labelSingular('articles')} „Erster Artikel“ (Feld „Kommunen“)`);
    expect(text).toContain(`– ${labelSingular('events')} „Infotag“ (Feld „Kommune“)`);
  });
});
