import { describe, expect, it } from 'vitest';
import { agreementKindPlural, participantText } from './text.ts';

describe('participantText', () => {
  it('names person, role and organisation, or the description', () => {
    expect(participantText({ name: 'Jürgen Opitz', role: 'Bürgermeister', organisation: 'Stadt Heidenau' })).toBe(
      'Jürgen Opitz (Bürgermeister, Stadt Heidenau)',
    );
    expect(participantText({ name: 'Lutz Michen' })).toBe('Lutz Michen');
    expect(participantText({ description: 'die Bürgermeister der fünf Städte' })).toBe('die Bürgermeister der fünf Städte');
    expect(participantText({ role: 'Bürgermeister', organisation: 'Bürgermeister der Stadt Heidenau' })).toBe('Bürgermeister der Stadt Heidenau');
  });
});

describe('agreementKindPlural', () => {
  it('names the kind in the plural for table heads', () => {
    expect(agreementKindPlural('Vorvereinbarung')).toBe('Vorvereinbarungen');
  });
});
