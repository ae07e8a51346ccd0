/**
 * The maps' colours (map-colors.css) are complete and keep WCAG's 3:1 for graphical objects, and the maps'
 * per-step CSS rules (colour and filter) follow the steps of src/model/towns/status.ts in their order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../model/towns/status.ts';
import { colorTokens, contrast } from '../../lib/geo/contrast.ts';
import { NO_STEP } from '../../lib/geo/map-towns.ts';

const css = readFileSync(new URL('./map-colors.css', import.meta.url), 'utf8');
const layers = colorTokens(css, 'layer');
const map = colorTokens(css, 'map');
const keys = [...LAYERS.map((l) => l.key), NO_STEP];

describe('map colours', () => {
  it('has a colour and a legend swatch for every step and for towns without one', () => {
    expect(Object.keys(layers).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(css).toContain(`[data-swatch='${key}'] { background: var(--layer-${key}); }`);
  });

  it('gives every step its own colour', () => {
    expect(new Set(Object.values(layers)).size).toBe(keys.length);
  });

  it.each(keys)('shades "%s" with at least 3:1 against the land and the page', (key) => {
    expect(contrast(layers[key]!, map['land']!)).toBeGreaterThanOrEqual(3);
    expect(contrast(layers[key]!, map['page']!)).toBeGreaterThanOrEqual(3);
  });

  it('draws the highlight, the borders and the outline with at least 3:1 against the land', () => {
    for (const name of ['highlight', 'border', 'outline']) expect(contrast(map[name]!, map['land']!)).toBeGreaterThanOrEqual(3);
  });
});

describe('the maps\' per-step rules follow the steps', () => {
  // Later rules win: a town shows the colour of its last step, so the rules must come in the steps' order.
  const order = [NO_STEP, ...LAYERS.map((l) => l.key)];
  const keysIn = (file: string, rule: RegExp) =>
    [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(rule)].map((m) => m[1]);

  it('colours the map by step, in the steps\' order', () => {
    expect(keysIn('./SaxonyMap.astro', /\.town\[data-layers~='([a-z]+)'\] \{ --fill: var\(--layer-\1\); \}/g)).toEqual(order);
  });

  it('filters the map by step, in the steps\' order', () => {
    expect(
      keysIn('./MapFilters.astro', /:has\(#ebene-([a-z]+):checked\) :global\(\[data-layers~='\1'\]\) \{ display: revert; --fill: var\(--layer-\1\); \}/g),
    ).toEqual(order);
  });
});
