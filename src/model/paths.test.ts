import { describe, expect, it } from 'vitest';
import { entryPath, listPath, paths } from './paths.ts';

describe('paths', () => {
  it('put each collection below the URL segment its description names', () => {
    expect(listPath('events')).toBe('/termine/');
    expect(entryPath('events', 'fachtag-2023')).toBe('/termine/fachtag-2023/');
    expect(entryPath('towns', 'heidenau')).toBe('/kommunen/heidenau/');
    expect(paths.article('mehr-als-nur-die-nummer-53')).toBe('/aktuelles/mehr-als-nur-die-nummer-53/');
  });

  it('put the fixed pages at the root, named by their file', () => {
    expect(entryPath('pages', 'impressum')).toBe('/impressum/');
    expect(paths.page('datenschutz')).toBe('/datenschutz/');
  });

  it('keep the calendar files and the feed beside their lists', () => {
    expect(paths.eventIcs('fachtag-2023')).toBe('/termine/fachtag-2023.ics');
    expect(paths.calendar).toBe('/termine/kalender.ics');
    expect(paths.newsFeed).toBe('/aktuelles/feed.xml');
  });
});
