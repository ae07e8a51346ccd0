/** Signatories and people present at agreements, resolved to people and organisations. */
import { comparePartialDates } from '../../lib/format/dates.ts';
import type { AgreementEntry, OrganisationEntry, PersonEntry, Store } from '../store.ts';

/** A signatory or person present, as the agreements schema declares them. */
export type Participant = AgreementEntry['data']['signedBy'][number];

/** A participant with the person and organisation looked up. */
export type ResolvedParticipant = Pick<Participant, 'role' | 'description'> & {
  person?: PersonEntry | undefined;
  organisation?: OrganisationEntry | undefined;
};

export function resolveParticipant(s: Store, p: Participant): ResolvedParticipant {
  return {
    person: p.person ? s.index.people.get(p.person.id) : undefined,
    organisation: p.organisation ? s.index.organisations.get(p.organisation.id) : undefined,
    role: p.role,
    description: p.description,
  };
}

export interface Attendance extends Pick<Participant, 'role'> {
  agreement: AgreementEntry;
  signed: boolean;
  organisation?: OrganisationEntry | undefined;
}

/** What a person signed or attended, oldest first. */
export function attendancesOf(s: Store, personId: string): Attendance[] {
  const out: Attendance[] = [];
  for (const a of s.agreements) {
    for (const [list, signed] of [
      [a.data.signedBy, true],
      [a.data.present, false],
    ] as const) {
      for (const p of list) {
        if (p.person?.id === personId) {
          out.push({
            agreement: a,
            signed,
            role: p.role,
            organisation: p.organisation ? s.index.organisations.get(p.organisation.id) : undefined,
          });
        }
      }
    }
  }
  return out.sort((x, y) => comparePartialDates(x.agreement.data.date, y.agreement.data.date));
}

/** A person's name as written on the site: "Dr. Christiane Schenderlein". */
export function personName(p: PersonEntry): string {
  return p.data.academicTitle ? `${p.data.academicTitle} ${p.data.name}` : p.data.name;
}
