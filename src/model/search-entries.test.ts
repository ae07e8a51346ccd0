import { describe, expect, it } from 'vitest';
import type { Store, TownEntry } from './store.ts';
import { districtsOfTowns } from './search-entries.ts';
import { searchForTown } from './towns/search.ts';
import { viewTown } from './towns/views.ts';

/** Just enough of the content store for towns: three towns in two Landkreise and a group. */
function fakeStore(): Store {
  const town = (id: string, name: string, ags?: string, members: string[] = []) =>
    ({ id, collection: 'towns', data: { name, kind: ags ? 'Stadt' : 'Verwaltungsgemeinschaft', ags, members: members.map((m) => ({ collection: 'towns', id: m })), milestones: [], sources: [] } }) as unknown as TownEntry;
  const towns = [
    town('heidenau', 'Heidenau', '14628160'),
    town('bertsdorf-hoernitz', 'Bertsdorf-Hörnitz', '14626050'),
    town('olbersdorf', 'Olbersdorf', '14626400'),
    town('vg-olbersdorf', 'Verwaltungsgemeinschaft Olbersdorf', undefined, ['bertsdorf-hoernitz', 'olbersdorf']),
  ];
  return { towns, index: { towns: new Map(towns.map((t) => [t.id, t])) } } as unknown as Store;
}

describe('districtsOfTowns', () => {
  it('finds each Landkreis once, a group through its members', () => {
    const s = fakeStore();
    expect(districtsOfTowns(s, ['vg-olbersdorf', 'heidenau', 'bertsdorf-hoernitz']).map((d) => d.label)).toEqual([
      'Landkreis Görlitz',
      'Landkreis Sächsische Schweiz-Osterzgebirge',
    ]);
    expect(districtsOfTowns(s, ['unbekannt'])).toEqual([]);
  });

  it('gives a town page its type and Landkreis', () => {
    const s = fakeStore();
    const attrs = searchForTown(viewTown(s, s.index.towns.get('heidenau')!));
    expect(attrs['data-pf-typ']).toBe('Kommune');
    expect(attrs['data-pf-landkreis-1']).toBe('Landkreis Sächsische Schweiz-Osterzgebirge');
  });
});
