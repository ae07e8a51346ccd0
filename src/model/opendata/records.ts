/** The open data records (src/lib/opendata/datasets.ts) built from the content, with absolute addresses. */
import { comparePartialDates } from '../../lib/format/dates.ts';
import type { AgreementRecord, EventRecord, TownRecord } from './datasets.ts';
import { absoluteUrl } from '../../lib/seo/meta.ts';
import { href } from '../../lib/url.ts';
import { loadStore, type AgreementEntry, type Store } from '../store.ts';
import { audienceLabel, eventKindLabel } from '../events/text.ts';
import { participantText } from '../agreements/text.ts';
import { townKindLabel } from '../towns/text.ts';
import { personName, resolveParticipant } from '../agreements/participants.ts';
import { paths } from '../paths.ts';
import { townStatus } from '../towns/status.ts';
import { getTownViews } from '../towns/views.ts';

const url = (path: string, site: URL | undefined) => absoluteUrl(href(path), site) ?? href(path);

function participants(s: Store, list: AgreementEntry['data']['signedBy']): string[] {
  return list.map((p) => {
    const r = resolveParticipant(s, p);
    return participantText({
      name: r.person && personName(r.person),
      role: r.role,
      organisation: r.organisation?.data.name,
      description: r.description,
    });
  });
}

export async function townRecords(site: URL | undefined): Promise<TownRecord[]> {
  const s = await loadStore();
  return (await getTownViews()).map((v) => ({
    id: v.id,
    name: v.name,
    kind: townKindLabel(v.entry.data.kind),
    ags: v.entry.data.ags,
    districts: v.districts.map((d) => d.label),
    members: v.members.map((m) => m.id),
    groups: v.groups.map((g) => g.id),
    status: townStatus(s, v),
    website: v.entry.data.website,
    url: url(paths.town(v.id), site),
  }));
}

export async function agreementRecords(site: URL | undefined): Promise<AgreementRecord[]> {
  const s = await loadStore();
  return [...s.agreements]
    .sort((a, b) => comparePartialDates(a.data.date, b.data.date) || a.id.localeCompare(b.id))
    .map((a) => ({
      id: a.id,
      title: a.data.title,
      kind: a.data.kind,
      number: a.data.number,
      date: a.data.date,
      dateUncertain: a.data.dateUncertain,
      place: a.data.place,
      towns: a.data.towns.map((t) => ({ id: t.id, name: s.index.towns.get(t.id)?.data.name ?? t.id })),
      signedBy: participants(s, a.data.signedBy),
      present: participants(s, a.data.present),
      sources: a.data.sources.map((src) => (src.url ? `${src.title} – ${src.url}` : src.title)),
      url: url(paths.agreement(a.id), site),
    }));
}

export async function eventRecords(site: URL | undefined): Promise<EventRecord[]> {
  const s = await loadStore();
  return [...s.events]
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id,
      title: e.data.title,
      kind: eventKindLabel(e.data.kind),
      date: e.data.date,
      startTime: e.data.startTime,
      endTime: e.data.endTime,
      venue: e.data.venue,
      audience: e.data.audience.map(audienceLabel),
      town: e.data.town && s.index.towns.get(e.data.town.id)?.data.name,
      campaign: e.data.campaign && s.index.campaigns.get(e.data.campaign.id)?.data.title,
      organiser: e.data.organiser && s.index.organisations.get(e.data.organiser.id)?.data.name,
      cost: e.data.cost,
      registration: [e.data.registration, e.data.registrationUrl].filter(Boolean).join(' ') || undefined,
      url: url(paths.event(e.id), site),
      calendar: url(paths.eventIcs(e.id), site),
    }));
}
