import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { t } from './index.ts';

describe('t', () => {
  it('returns the German text of a key', () => {
    expect(t('site.skipLink')).toBe('Zum Inhalt springen');
  });

  it('fills placeholders', () => {
    expect(t('news.yearTitle', { year: 2023 })).toBe('Meldungen aus dem Jahr 2023');
    expect(t('pagination.status', { page: 2, total: 5 })).toBe('Seite 2 von 5');
  });

  it('refuses to show a placeholder nobody filled', () => {
    expect(() => t('news.yearTitle')).toThrow(/\{year\}/);
  });
});

describe('the dictionary', () => {
  it('has no link text that means nothing on its own', () => {
    const vague = /^(hier|mehr|weiterlesen|mehr lesen|klicken sie hier|link)$/i;
    for (const [key, text] of Object.entries(de)) expect(text, key).not.toMatch(vague);
  });

  it('has no empty texts and no stray whitespace', () => {
    for (const [key, text] of Object.entries(de)) {
      if (key === 'site.titleSeparator') continue;
      expect(text.trim(), key).toBe(text);
      expect(text.length, key).toBeGreaterThan(0);
    }
  });
});
