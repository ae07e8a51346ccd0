import { describe, expect, it } from 'vitest';
import { imageObject } from './json-ld.ts';

describe('imageObject', () => {
  it('carries caption and the credit as creditText and copyrightNotice', () => {
    expect(
      imageObject({
        url: 'https://asskomm.example/_astro/x.jpg',
        width: 1200,
        height: 800,
        caption: 'Unterzeichnung in Heidenau',
        credit: '© SMI',
      }),
    ).toEqual({
      '@type': 'ImageObject',
      url: 'https://asskomm.example/_astro/x.jpg',
      contentUrl: 'https://asskomm.example/_astro/x.jpg',
      width: 1200,
      height: 800,
      caption: 'Unterzeichnung in Heidenau',
      creditText: 'SMI',
      copyrightNotice: '© SMI',
    });
  });
});
