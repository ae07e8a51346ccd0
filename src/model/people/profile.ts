/** Everything a person's page shows, and the order of the people list. */
import { attendancesOf } from '../agreements/participants.ts';
import { articlesMentioning } from '../related.ts';
import type { PersonEntry, Store } from '../store.ts';

export function personProfile(s: Store, person: PersonEntry) {
  const attendances = attendancesOf(s, person.id);
  return {
    person,
    organisation: person.data.organisation ? s.index.organisations.get(person.data.organisation.id) : undefined,
    signed: attendances.filter((a) => a.signed),
    present: attendances.filter((a) => !a.signed),
    articles: articlesMentioning(s, 'people', person.id),
  };
}

/** People by family name (the last word of the name), then full name. */
export function peopleInOrder(list: PersonEntry[]): PersonEntry[] {
  const family = (p: PersonEntry) => p.data.name.split(' ').at(-1) ?? p.data.name;
  return [...list].sort(
    (a, b) => family(a).localeCompare(family(b), 'de') || a.data.name.localeCompare(b.data.name, 'de'),
  );
}
