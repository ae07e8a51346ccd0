import { describe, expect, it } from 'vitest';
import { MILESTONE_KINDS } from './schema.ts';
import { LAYERS } from './status.ts';

describe('the steps of a town (map layers, status lists)', () => {
  it('are the milestone kinds in their order, with the cooperation agreement after the prevention council', () => {
    expect(LAYERS.map((l) => [l.key, l.label])).toEqual([
      ['kontaktiert', 'Kontakt aufgenommen'],
      ['modellkommune', 'Modellkommune'],
      ['praeventionsrat', 'Kommunaler Präventionsrat'],
      ['kooperationsvereinbarung', 'Kooperationsvereinbarung'],
      ['coaching', 'Coaching'],
      ['sicherheitsanalyse', 'Sicherheitsanalyse'],
    ]);
  });

  it('name a milestone as the CMS does unless the kind says otherwise', () => {
    for (const k of MILESTONE_KINDS) {
      const layer = LAYERS.find((l) => l.key === k.value);
      expect(layer?.label).toBe('statusLabel' in k ? k.statusLabel : k.label);
    }
  });
});
