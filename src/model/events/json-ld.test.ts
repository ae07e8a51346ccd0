import { describe, expect, it } from 'vitest';
import { eventJsonLd } from './json-ld.ts';

const heidenau: Parameters<typeof eventJsonLd>[0] = {
  title: 'Informationstag Schulabsentismus in Heidenau',
  kind: 'Informationstag',
  date: '2023-08-26',
  venue: { name: 'Mehrgenerationenhaus Heidenau', city: 'Heidenau' },
  audience: ['eltern'],
};
const page = { url: 'https://asskomm.example/termine/infotag/' };

describe('eventJsonLd', () => {
  it('keeps a day without a time as a date and leaves unknown address parts out', () => {
    const ld = eventJsonLd(heidenau, page);
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2023-08-26',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Mehrgenerationenhaus Heidenau',
        address: { '@type': 'PostalAddress', addressLocality: 'Heidenau', addressCountry: 'DE' },
      },
      audience: [{ '@type': 'Audience', audienceType: 'Eltern' }],
    });
    const address = (ld.location as { address: Record<string, unknown> }).address;
    expect(address).not.toHaveProperty('streetAddress');
    expect(address).not.toHaveProperty('postalCode');
    expect(ld).not.toHaveProperty('endDate');
  });

  it('writes a known time as Berlin date-time with the summer or winter offset', () => {
    expect(eventJsonLd({ ...heidenau, startTime: '10:00', endTime: '12:30' }, page)).toMatchObject({
      startDate: '2023-08-26T10:00:00+02:00',
      endDate: '2023-08-26T12:30:00+02:00',
    });
    expect(eventJsonLd({ ...heidenau, date: '2024-01-17', startTime: '18:00' }, page).startDate).toBe('2024-01-17T18:00:00+01:00');
  });

  it('includes street and postcode when they are known', () => {
    const ld = eventJsonLd({ ...heidenau, venue: { ...heidenau.venue, street: 'Markt 1', postcode: '01809' } }, page);
    expect((ld.location as { address: Record<string, unknown> }).address).toMatchObject({ streetAddress: 'Markt 1', postalCode: '01809' });
  });

  it('places an online event at its page and names the organiser with its website', () => {
    const ld = eventJsonLd({ ...heidenau, kind: 'Online' }, { ...page, organiser: { name: 'Landespräventionsrat Sachsen', website: 'https://lpr.sachsen.de/' } });
    expect(ld).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: page.url },
      organizer: { '@type': 'Organization', name: 'Landespräventionsrat Sachsen', url: 'https://lpr.sachsen.de/' },
    });
  });
});
