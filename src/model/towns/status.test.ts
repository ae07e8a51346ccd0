import { describe, expect, it } from 'vitest';
import { MILESTONE_KINDS } from './schema.ts';
import { LAYERS } from './status.ts';

describe('the steps of a town (map layers, status lists)', () => {
  it('are the milestone kinds in their order, with the cooperation agreement after the prevention council', () => {
    expect(LAYERS).toEqual([
      { key: 'kontaktiert', label: 'Kontakt aufgenommen' },
      { key: 'modellkommune', label: 'Modellkommune' },
      { key: 'praeventionsrat', label: 'Kommunaler Präventionsrat' },
      { key: 'kooperationsvereinbarung', label: 'Kooperationsvereinbarung' },
      { key: 'coaching', label: 'Coaching' },
      { key: 'sicherheitsanalyse', label: 'Sicherheitsanalyse' },
    ]);
  });

  it('name a milestone as the CMS does unless the kind says otherwise', () => {
    for (const k of MILESTONE_KINDS) {
      const layer = LAYERS.find((l) => l.key === k.value);
      expect(layer?.label).toBe('statusLabel' in k ? k.statusLabel : k.label);
    }
  });
});
