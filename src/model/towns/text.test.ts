import { describe, expect, it } from 'vitest';
import { milestoneLabel, townKindLabel, townPlace } from './text.ts';

describe('townPlace', () => {
  it('names kind and Landkreis, and a kreisfreie Stadt as such', () => {
    const soe = { kind: 'Landkreis', label: 'Landkreis Sächsische Schweiz-Osterzgebirge' } as const;
    expect(townPlace('Stadt', [soe])).toBe('Stadt im Landkreis Sächsische Schweiz-Osterzgebirge');
    expect(townPlace('Stadt', [{ kind: 'Kreisfreie Stadt', label: 'Kreisfreie Stadt Leipzig' }])).toBe('Kreisfreie Stadt');
    expect(townPlace('Verbund mehrerer Kommunen', [soe, { kind: 'Landkreis', label: 'Landkreis Görlitz' }])).toBe(
      'Verbund mehrerer Kommunen im Landkreis Sächsische Schweiz-Osterzgebirge und im Landkreis Görlitz',
    );
    expect(townPlace('Gemeinde', [])).toBe('Gemeinde');
  });
});

describe('town options', () => {
  it('name kind and milestone as editors chose them in the CMS', () => {
    expect(townKindLabel('Verbund')).toBe('Verbund mehrerer Kommunen');
    expect(milestoneLabel('praeventionsrat')).toBe('Kommunaler Präventionsrat gegründet');
  });
});
