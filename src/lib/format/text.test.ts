import { describe, expect, it } from 'vitest';
import { distinctParts, optionLabel } from './text.ts';

describe('optionLabel', () => {
  it('gives the German label of a value, or the value when it is not an option', () => {
    const kinds = [{ value: 'Verbund', label: 'Verbund mehrerer Kommunen' }];
    expect(optionLabel(kinds, 'Verbund')).toBe('Verbund mehrerer Kommunen');
    expect(optionLabel(kinds, 'Landkreis')).toBe('Landkreis');
  });
});

describe('distinctParts', () => {
  it('drops parts another part already says, and empty ones', () => {
    expect(distinctParts(['Bürgermeister', 'Bürgermeister der Stadt Heidenau', 'Stadt Heidenau'])).toBe('Bürgermeister der Stadt Heidenau');
    expect(distinctParts(['Polizeipräsident', 'Polizeidirektion Dresden'])).toBe('Polizeipräsident, Polizeidirektion Dresden');
    expect(distinctParts(['Stadt Heidenau', 'Stadt Heidenau'])).toBe('Stadt Heidenau');
    expect(distinctParts([undefined, '', 'LPR'])).toBe('LPR');
  });
});
