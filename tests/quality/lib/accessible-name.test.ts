import { Parser, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { accessibleName } from './accessible-name.ts';

async function firstLink(html: string) {
  const parser = new Parser(await new StaticConfigLoader({ elements: ['html5'] }).getConfigFor('x.html'));
  const document = parser.parseHtml(html);
  return { link: document.querySelector('a')!, document };
}

describe('accessibleName', () => {
  it('takes the text, with the alt text of images', async () => {
    const { link, document } = await firstLink('<a href="/">Zur <b>Startseite</b> <img src="l.svg" alt="ASSKomm"></a>');
    expect(accessibleName(link, document)).toBe('Zur Startseite ASSKomm');
  });

  it('prefers aria-label, and aria-labelledby over both', async () => {
    const labelled = await firstLink('<a href="/x/" aria-label="Mehr über Pirna">mehr</a>');
    expect(accessibleName(labelled.link, labelled.document)).toBe('Mehr über Pirna');
    const referenced = await firstLink('<h2 id="t">Termine in Pirna</h2><a href="/x/" aria-labelledby="t" aria-label="x">mehr</a>');
    expect(accessibleName(referenced.link, referenced.document)).toBe('Termine in Pirna');
  });

  it('is empty for an icon link without any text', async () => {
    const { link, document } = await firstLink('<a href="/"><img src="l.svg" alt=""></a>');
    expect(accessibleName(link, document)).toBe('');
  });
});
