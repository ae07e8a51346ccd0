/**
 * Everything a detail page shows about an entry, gathered in one place so the pages stay thin:
 * town profiles, person pages, campaign pages, agreement pages.
 */
import { comparePartialDates } from '../lib/format/dates.ts';
import { resolveAll, type AgreementEntry, type CampaignEntry, type EventEntry, type PersonEntry, type Store } from './store.ts';
import { attendancesOf } from './agreements/participants.ts';
import { articlesMentioning, campaignsOfTowns, eventsOfCampaign, eventsOfTowns } from './related.ts';
import { townStatus } from './towns/status.ts';
import { timelineOf } from './towns/timeline.ts';
import { agreementsOfTown, viewTown, type TownView } from './towns/views.ts';

export function townProfile(s: Store, view: TownView) {
  const ids = [view.id, ...view.groups.map((g) => g.id)];
  return {
    view,
    status: townStatus(s, view),
    timeline: timelineOf(s, view),
    agreements: agreementsOfTown(s, view),
    members: view.members.map((m) => viewTown(s, m)),
    groups: view.groups.map((g) => viewTown(s, g)),
    campaigns: campaignsOfTowns(s, ids),
    events: eventsOfTowns(s, ids),
    articles: articlesMentioning(s, 'towns', view.id),
  };
}

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

export function campaignProfile(s: Store, campaign: CampaignEntry) {
  return {
    campaign,
    towns: resolveAll(s, campaign.data.towns).map((t) => viewTown(s, t)),
    partners: resolveAll(s, campaign.data.partners),
    events: eventsOfCampaign(s, campaign.id),
    articles: articlesMentioning(s, 'campaigns', campaign.id),
  };
}

export function agreementProfile(s: Store, agreement: AgreementEntry) {
  return {
    agreement,
    towns: resolveAll(s, agreement.data.towns).map((t) => viewTown(s, t)),
    articles: articlesMentioning(s, 'agreements', agreement.id),
  };
}

export function eventProfile(s: Store, event: EventEntry) {
  const d = event.data;
  return {
    event,
    campaign: d.campaign ? s.index.campaigns.get(d.campaign.id) : undefined,
    town: d.town ? s.index.towns.get(d.town.id) : undefined,
    organiser: d.organiser ? s.index.organisations.get(d.organiser.id) : undefined,
    articles: articlesMentioning(s, 'events', event.id),
  };
}

/** Agreements, oldest first, undated last; ties by title. */
export function agreementsInOrder(list: AgreementEntry[]): AgreementEntry[] {
  return [...list].sort(
    (a, b) => comparePartialDates(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title, 'de'),
  );
}

/** People by family name (the last word of the name), then full name. */
export function peopleInOrder(list: PersonEntry[]): PersonEntry[] {
  const family = (p: PersonEntry) => p.data.name.split(' ').at(-1) ?? p.data.name;
  return [...list].sort(
    (a, b) => family(a).localeCompare(family(b), 'de') || a.data.name.localeCompare(b.data.name, 'de'),
  );
}
