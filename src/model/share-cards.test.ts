import { describe, expect, it } from 'vitest';
import { SHARE_CARD_KINDS, shareCardPath, shareCardUrl } from './share-cards.ts';

describe('share card addresses', () => {
  it('live at /og/<kind>/<id>.png below the base path', () => {
    expect(shareCardPath('aktuelles', 'mehr-als-nur-die-nummer-53')).toBe('/og/aktuelles/mehr-als-nur-die-nummer-53.png');
    expect(shareCardUrl('events', 'fachtag')).toBe(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/og/termine/fachtag.png`);
  });

  it('exist for the collections whose descriptions ask for them, named by their URL segment', () => {
    expect(SHARE_CARD_KINDS).toEqual(['aktuelles', 'termine', 'kampagnen', 'kommunen']);
  });
});
