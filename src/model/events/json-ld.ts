/**
 * schema.org Event as JSON-LD for an event page. Only what is known goes in: a start date without a time
 * stays a date ("2023-08-26"), a known time becomes a Berlin date-time with offset; address parts that are
 * not known are left out rather than guessed.
 */
import { berlinIsoString } from '../../lib/format/dates.ts';
import type { JsonLd } from '../../lib/seo/jsonld.ts';

export interface EventJsonLdInput {
  name: string;
  description?: string | undefined;
  /** YYYY-MM-DD */
  date: string;
  startTime?: string | undefined;
  endTime?: string | undefined;
  online: boolean;
  venue: { name?: string | undefined; street?: string | undefined; postcode?: string | undefined; city: string };
  /** Absolute URL of the event page. */
  url: string;
  organiser?: { name: string; url?: string | undefined } | undefined;
  audience: string[];
}

export function eventJsonLd(e: EventJsonLdInput): JsonLd {
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
    name: e.name,
    ...(e.description ? { description: e.description } : {}),
    startDate: e.startTime ? berlinIsoString(e.date, e.startTime) : e.date,
    ...(e.startTime && e.endTime ? { endDate: berlinIsoString(e.date, e.endTime) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: e.online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: e.online ? { '@type': 'VirtualLocation', url: e.url } : place,
    url: e.url,
    inLanguage: 'de-DE',
    ...(e.organiser
      ? { organizer: { '@type': 'Organization', name: e.organiser.name, ...(e.organiser.url ? { url: e.organiser.url } : {}) } }
      : {}),
    ...(e.audience.length > 0 ? { audience: e.audience.map((a) => ({ '@type': 'Audience', audienceType: a })) } : {}),
  };
}
