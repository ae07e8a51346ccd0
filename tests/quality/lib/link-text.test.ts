import { describe, expect, it } from 'vitest';
import { isVagueLinkText, normaliseLinkText } from './link-text.ts';

describe('isVagueLinkText', () => {
  it.each(['hier', 'Hier', ' mehr ', 'Mehr …', 'Weiterlesen »', 'Klicken Sie hier', 'klicken  Sie\nhier!', 'Link', '→ mehr'])(
    'rejects „%s“',
    (text) => {
      expect(isVagueLinkText(text)).toBe(true);
    },
  );

  it.each(['Mehr über die Sicherheitspartnerschaft Pirna', 'Hier finden Sie den Kooperationsvertrag (PDF)', 'Kommunen', 'Linkliste der Partner', 'Termine im Landkreis Görlitz'])(
    'accepts „%s“',
    (text) => {
      expect(isVagueLinkText(text)).toBe(false);
    },
  );
});

describe('normaliseLinkText', () => {
  it('keeps umlauts and ß and removes decoration only', () => {
    expect(normaliseLinkText('  Größere Städte »  ')).toBe('größere städte');
  });
});
