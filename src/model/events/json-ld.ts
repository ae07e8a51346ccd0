/**
 * schema.org Event as JSON-LD for an event page. Only what is known goes in: a start date without a time
 * stays a date ("2023-08-26"), a known time becomes a Berlin date-time with offset; address parts that are
 * not known are left out rather than guessed.
 */
import { berlinIsoString } from '../../lib/format/dates.ts';
import type { JsonLd } from '../../lib/seo/jsonld.ts';
import type { EventEntry, OrganisationEntry } from '../store.ts';
import { audienceLabel } from './text.ts';

/** What only the page knows: its absolute address and the event's organiser, if one is named. */
export interface EventPage {
  url: string;
  organiser?: Pick<OrganisationEntry['data'], 'name' | 'website'> | undefined;
}

type EventFacts = Pick<EventEntry['data'], 'title' | 'summary' | 'kind' | 'date' | 'startTime' | 'endTime' | 'venue' | 'audience'>;

export function eventJsonLd(e: EventFacts, page: EventPage): JsonLd {
  const online = e.kind === 'Online';
  const place = {
    '@type': 'Place',
    name: e.venue.name ?? e.venue.city,
    address: {
      '@type': 'PostalAddress',
      ...(e.venue.street ? { streetAddress: e.venue.street } : {}),
      ...(e.venue.postcode ? { postalCode: e.venue.postcode } : {}),
      addressLocality: e.venue.city,
      addressRegion: 'Sachsen',
      addressCountry: 'DE',
    },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    ...(e.summary ? { description: e.summary } : {}),
    startDate: e.startTime ? berlinIsoString(e.date, e.startTime) : e.date,
    ...(e.startTime && e.endTime ? { endDate: berlinIsoString(e.date, e.endTime) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: online ? { '@type': 'VirtualLocation', url: page.url } : place,
    url: page.url,
    inLanguage: 'de-DE',
    ...(page.organiser
      ? {
          organizer: {
            '@type': 'Organization',
            name: page.organiser.name,
            ...(page.organiser.website ? { url: page.organiser.website } : {}),
          },
        }
      : {}),
    ...(e.audience.length > 0
      ? { audience: e.audience.map((a) => ({ '@type': 'Audience', audienceType: audienceLabel(a) })) }
      : {}),
  };
}
