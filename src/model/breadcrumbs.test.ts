import { describe, expect, it } from 'vitest';
import { entryTrail, listCrumb } from './breadcrumbs.ts';

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
});
