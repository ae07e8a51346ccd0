import { describe, expect, it } from 'vitest';
import { agsOf, type MunicipalitySource } from './views.ts';

const entry = (id: string, ags?: string, members: string[] = []): MunicipalitySource => ({
  id,
  data: { ags, members: members.map((m) => ({ collection: 'towns', id: m })) },
});
const byId = new Map(
  [entry('olbersdorf', '14626400'), entry('oybin', '14626430'), entry('vg-olbersdorf', undefined, ['olbersdorf', 'oybin', 'fehlt'])].map(
    (t) => [t.id, t],
  ),
);

describe('the municipalities an entry stands for', () => {
  it('a town stands for its own municipality', () => {
    expect(agsOf(byId.get('oybin')!, byId)).toEqual(['14626430']);
  });

  it('a group stands for its members\u2019 municipalities (members without an entry are skipped)', () => {
    expect(agsOf(byId.get('vg-olbersdorf')!, byId)).toEqual(['14626400', '14626430']);
  });
});
