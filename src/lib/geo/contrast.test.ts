import { describe, expect, it } from 'vitest';
import { colorTokens, contrast, luminance } from './contrast.ts';

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#FFFFFF')).toBe(1);
  });
  it('rejects what is not #rrggbb', () => {
    expect(() => luminance('red')).toThrow('#rrggbb');
  });
});

describe('colorTokens', () => {
  it('reads the custom properties with the prefix and nothing else', () => {
    const css = ':root { --layer-coaching: #25763C; --layer-ohne:#6b7280; --map-land: #e9ebf0; --layer-x: red; }';
    expect(colorTokens(css, 'layer')).toEqual({ coaching: '#25763c', ohne: '#6b7280' });
    expect(colorTokens(css, 'map')).toEqual({ land: '#e9ebf0' });
  });
});
