import { describe, expect, it } from 'vitest';
import { articlesOfTopic, articlesOfYear, topicLabel, topicsWithCounts, yearsWithCounts, type TopicValue } from './archive.ts';

const a = (date: string, ...topics: TopicValue[]) => ({ id: date, data: { date, topics } });
const list = [
  a('2024-02-27', 'veranstaltung'),
  a('2023-09-14', 'veranstaltung', 'qualifizierung'),
  a('2023-08-09', 'kooperationsvereinbarung', 'schulabsentismus'),
  a('2021-03-01'),
];

describe('yearsWithCounts', () => {
  it('lists each year once, newest first, with its number of articles', () => {
    expect(yearsWithCounts(list)).toEqual([
      { year: 2024, count: 1 },
      { year: 2023, count: 2 },
      { year: 2021, count: 1 },
    ]);
    expect(yearsWithCounts([])).toEqual([]);
  });
});

describe('topicsWithCounts', () => {
  it('lists only topics in use, in the content model order, with German labels', () => {
    expect(topicsWithCounts(list)).toEqual([
      { value: 'kooperationsvereinbarung', label: 'Kooperationsvereinbarung', count: 1 },
      { value: 'schulabsentismus', label: 'Schulabsentismus', count: 1 },
      { value: 'veranstaltung', label: 'Veranstaltung', count: 2 },
      { value: 'qualifizierung', label: 'Qualifizierung', count: 1 },
    ]);
  });
});

describe('filters', () => {
  it('keeps the order of the list', () => {
    expect(articlesOfYear(list, 2023).map((x) => x.id)).toEqual(['2023-09-14', '2023-08-09']);
    expect(articlesOfTopic(list, 'veranstaltung').map((x) => x.id)).toEqual(['2024-02-27', '2023-09-14']);
    expect(articlesOfYear(list, 2019)).toEqual([]);
  });
});

describe('topicLabel', () => {
  it('names a topic as editors chose it', () => {
    expect(topicLabel('praeventionsrat')).toBe('Kommunaler Präventionsrat');
  });
});
