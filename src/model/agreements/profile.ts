/** Everything an agreement's page shows, and the order of the agreements list. */
import { comparePartialDates } from '../../lib/format/dates.ts';
import { articlesMentioning } from '../related.ts';
import { resolveAll, type AgreementEntry, type Store } from '../store.ts';
import { viewTown } from '../towns/views.ts';

export function agreementProfile(s: Store, agreement: AgreementEntry) {
  return {
    agreement,
    towns: resolveAll(s, agreement.data.towns).map((t) => viewTown(s, t)),
    articles: articlesMentioning(s, 'agreements', agreement.id),
  };
}

/** Agreements, oldest first, undated last; ties by title. */
export function agreementsInOrder(list: AgreementEntry[]): AgreementEntry[] {
  return [...list].sort(
    (a, b) => comparePartialDates(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title, 'de'),
  );
}
