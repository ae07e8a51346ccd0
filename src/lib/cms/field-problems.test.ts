import { describe, expect, it } from 'vitest';
import { concernsField } from './field-problems.ts';

const problem = (field: string, label: string) => ({ field, label, message: 'ist falsch.' });

describe('concernsField', () => {
  it('a top-level field takes its own problem, not a nested field of the same name', () => {
    expect(concernsField(problem('endTime', 'Ende'), 'endTime', 'Ende', true)).toBe(true);
    expect(concernsField(problem('venue.name', 'Ort › Name'), 'name', 'Name', true)).toBe(false);
  });

  it('a field inside a group takes the problem whose path and label end with it', () => {
    expect(concernsField(problem('venue.postcode', 'Ort › Postleitzahl'), 'postcode', 'Postleitzahl', false)).toBe(true);
    expect(concernsField(problem('venue.postcode', 'Ort › Postleitzahl'), 'postcode', 'PLZ', false)).toBe(false);
    expect(concernsField(problem('postcode', 'Postleitzahl'), 'postcode', 'Postleitzahl', false)).toBe(false);
  });

  it('another field never takes the problem', () => {
    expect(concernsField(problem('endTime', 'Ende'), 'startTime', 'Beginn', true)).toBe(false);
  });
});
