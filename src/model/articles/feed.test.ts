import { describe, expect, it } from 'vitest';
import { escapeXml, feedItems } from './feed.ts';

describe('feedItems', () => {
  it('gives every article its absolute link, lead, topics and a Berlin publication time', () => {
    const [item] = feedItems(
      [{ id: 'mehr-als-nur-die-nummer-53', data: { title: 'Mehr als nur die Nummer 53', lead: 'Heidenau ist beigetreten.', date: '2023-08-09', topics: ['schulabsentismus'] } }],
      (id) => `https://asskomm.example/aktuelles/${id}/`,
    );
    expect(item).toEqual({
      title: 'Mehr als nur die Nummer 53',
      description: 'Heidenau ist beigetreten.',
      link: 'https://asskomm.example/aktuelles/mehr-als-nur-die-nummer-53/',
      // 9 August 2023, 00:00 in Berlin (summer time, UTC+2)
      pubDate: new Date('2023-08-08T22:00:00Z'),
      categories: ['Schulabsentismus'],
    });
  });
});

describe('escapeXml', () => {
  it('escapes what would break the XML', () => {
    expect(escapeXml('Stadt & Land <Sachsen>')).toBe('Stadt &amp; Land &lt;Sachsen&gt;');
  });
});
