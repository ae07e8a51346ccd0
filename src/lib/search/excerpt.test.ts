import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from './excerpt.ts';

describe('excerptParts', () => {
  it('splits marked and unmarked text, umlauts included', () => {
    expect(excerptParts('Kampagne <mark>Glänzen</mark> statt <mark>schwänzen.</mark>')).toEqual([
      { text: 'Kampagne ', mark: false },
      { text: 'Glänzen', mark: true },
      { text: ' statt ', mark: false },
      { text: 'schwänzen.', mark: true },
    ]);
  });

  it('turns encoded markup into visible text, never into elements', () => {
    const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>Heidenau</mark>');
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> & ', mark: false },
      { text: 'Heidenau', mark: true },
    ]);
  });

  it('keeps raw tags other than mark as text', () => {
    expect(excerptParts('<b>fett</b>')).toEqual([{ text: '<b>fett</b>', mark: false }]);
  });

  it('decodes numeric references and leaves unknown entities alone', () => {
    expect(decodeEntities('&#39;a&#x27; &quot;b&quot; &bogus;')).toBe('\'a\' "b" &bogus;');
  });
});
