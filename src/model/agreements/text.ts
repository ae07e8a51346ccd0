/** How an agreement is put into words: its kind, singular and plural, and the people who took part. */
import { distinctParts, optionLabel } from '../../lib/format/text.ts';
import type { Participant } from './participants.ts';
import { AGREEMENT_KINDS } from './schema.ts';

export const agreementKindLabel = (v: string) => optionLabel(AGREEMENT_KINDS, v);

const AGREEMENT_KIND_PLURALS: Record<string, string> = {
  Kooperationsvereinbarung: 'Kooperationsvereinbarungen',
  Vorvereinbarung: 'Vorvereinbarungen',
};
/** "Kooperationsvereinbarungen", for table heads. */
export const agreementKindPlural = (v: string) => AGREEMENT_KIND_PLURALS[v] ?? agreementKindLabel(v);

/** A participant's parts in words: role and description as entered, the person's and organisation's names. */
export type ParticipantText = Pick<Participant, 'role' | 'description'> & {
  name?: string | undefined;
  organisation?: string | undefined;
};

/** "Jürgen Opitz (Bürgermeister, Stadt Heidenau)", or the description when nobody is named. */
export function participantText(p: ParticipantText): string {
  const who = p.name ?? p.description;
  const what = distinctParts([p.role, p.organisation]);
  if (!who) return what;
  return what ? `${who} (${what})` : who;
}
