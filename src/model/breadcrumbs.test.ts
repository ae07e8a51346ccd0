import { describe, expect, it } from 'vitest';
import { entryTrail, listCrumb, subPageTrail } from './breadcrumbs.ts';

describe('breadcrumbs', () => {
  it('lead from an entry to its list, named by the collection', () => {
    expect(entryTrail('events', 'Informationstag in Heidenau')).toEqual([
      { label: 'Termine', href: '/termine/' },
      { label: 'Informationstag in Heidenau' },
    ]);
    expect(listCrumb('agreements')).toEqual({ label: 'Vereinbarungen', href: '/vereinbarungen/' });
  });

  it('name the news list after the section, not the collection ("Aktuelles", not "Artikel")', () => {
    expect(listCrumb('articles')).toEqual({ label: 'Aktuelles', href: '/aktuelles/' });
  });

  it('lead from a page below an entry (the printable notice) back to the entry and its list', () => {
    expect(subPageTrail('events', 'infotag-heidenau', 'Informationstag in Heidenau', 'Aushang')).toEqual([
      { label: 'Termine', href: '/termine/' },
      { label: 'Informationstag in Heidenau', href: '/termine/infotag-heidenau/' },
      { label: 'Aushang' },
    ]);
  });
});
