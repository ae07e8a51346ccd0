/**
 * The one definition of "takes part in ASSKomm", used by every figure on /, /zahlen/, /kommunen/ and /karte/:
 * a city or municipality (one AGS) counts when the site documents an ASSKomm step of its own: it signed an
 * agreement (or belongs to a group that signed one), or it has a step other than first contact (Modellkommune,
 * Kommunaler Präventionsrat, coaching, security analysis; on itself or on a group it belongs to). Towns known
 * only from a pilot project or a contact are listed, not counted; a group is never counted on top of its members.
 */
import type { AgreementEntry, TownEntry } from '../store.ts';
import { agsOf } from './views.ts';

/** What the definition reads of a town entry. */
export type ParticipationTown = Pick<TownEntry, 'id'> & { data: Pick<TownEntry['data'], 'ags' | 'members' | 'milestones'> };
/** What it reads of an agreement entry. */
export type ParticipationAgreement = { data: Pick<AgreementEntry['data'], 'towns'> };

/** Milestone kinds that are not a step of one's own: a first contact only. */
const NOT_A_STEP: readonly string[] = ['kontaktiert'];

/** AGS of every city or municipality that takes part, as documented on this site. */
export function participatingAgs(towns: readonly ParticipationTown[], agreements: readonly ParticipationAgreement[]): Set<string> {
  const byId = new Map(towns.map((t) => [t.id, t]));
  const signed = new Set(agreements.flatMap((a) => a.data.towns.map((t) => t.id)));
  const out = new Set<string>();
  for (const t of towns) {
    const ownStep = signed.has(t.id) || t.data.milestones.some((m) => !NOT_A_STEP.includes(m.kind));
    if (ownStep) for (const ags of agsOf(t, byId)) out.add(ags);
  }
  return out;
}
