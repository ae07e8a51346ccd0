import { describe, expect, it } from 'vitest';
import type { EventEntry } from '../store.ts';
import { nextEventsForHome } from './next-for-home.ts';

const e = (id: string, kind: EventEntry['data']['kind']) => ({ id, data: { kind } });

describe('nextEventsForHome', () => {
  it('puts information days first, keeps date order within each group and stops at the limit', () => {
    const upcoming = [e('fachtag-mai', 'Fachtag'), e('info-juni', 'Informationstag'), e('sitzung-juli', 'Sitzung'), e('info-august', 'Informationstag')];
    expect(nextEventsForHome(upcoming, 3).map((x) => x.id)).toEqual(['info-juni', 'info-august', 'fachtag-mai']);
  });

  it('is empty when nothing is planned', () => {
    expect(nextEventsForHome([])).toEqual([]);
  });
});
