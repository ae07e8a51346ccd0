import { describe, expect, it } from 'vitest';
import { germanPhrases } from './phrases.ts';
import { allCollections } from '../../model/registry.ts';

describe('germanPhrases', () => {
  it('rewords what we override and keeps the rest of Decap’s German', () => {
    const decap = {
      auth: { login: 'Login', loggingIn: 'Sie werden eingeloggt...' },
      editor: { editorControlPane: { widget: { required: '%{fieldLabel} ist erforderlich.', min: 'x' } } },
      ui: { toast: { onFailToPersist: 'Beitrag speichern fehlgeschlagen: %{details}', onUpdated: 'ok' } },
    };
    expect(germanPhrases(decap)).toMatchObject({
      auth: { login: 'Anmelden', loggingIn: 'Sie werden eingeloggt...' },
      editor: {
        editorControlPane: {
          widget: {
            required: '„%{fieldLabel}“ muss ausgefüllt werden.',
            regexPattern: '„%{fieldLabel}“ passt nicht: %{pattern}.',
            min: 'x',
          },
        },
        editorToolbar: { backCollection: 'Zurück zur Liste aller %{collectionLabel}', deleteEntry: 'Eintrag löschen' },
      },
      ui: { toast: { onFailToPersist: 'Nicht gespeichert. %{details}', onUpdated: 'ok' } },
    });
  });

  it('has a German text for every phrase of Decap’s English, so no English is left in the CMS’s own texts', async () => {
    const load = async (lang: string) =>
      ((await import(`decap-cms-locales/dist/esm/${lang}/index.js` as string)) as { default: Record<string, unknown> }).default;
    const [en, de] = await Promise.all([load('en'), load('de')]);
    const german = germanPhrases(de);
    const missing: string[] = [];
    const walk = (a: Record<string, unknown>, b: Record<string, unknown> | undefined, trail: string) => {
      for (const [k, v] of Object.entries(a)) {
        const there = b?.[k];
        if (typeof v === 'object' && v !== null) walk(v as Record<string, unknown>, there as Record<string, unknown> | undefined, `${trail}${k}.`);
        else if (typeof there !== 'string' || there.trim() === '') missing.push(`${trail}${k} („${String(v)}“)`);
      }
    };
    walk(en, german, '');
    expect(missing).toEqual([]);
  });

  it('uses no full-width signs such as „＋“, which many fonts cannot draw (a box on the button „+ Termin“)', async () => {
    const { default: de } = (await import('decap-cms-locales/dist/esm/de/index.js' as string)) as { default: Record<string, unknown> };
    const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : typeof o === 'object' && o ? Object.values(o).flatMap(strings) : []);
    expect(strings(germanPhrases(de)).filter((t) => /[\uFF00-\uFFEF]/.test(t))).toEqual([]);
  });
});

describe('the back link above an entry in the CMS', () => {
  it('is correct German for the label of every collection, as Decap fills it in', async () => {
    const { default: de } = await import('decap-cms-locales/dist/esm/de/index.js' as string) as { default: Record<string, unknown> };
    const phrases = germanPhrases(de) as { editor: { editorToolbar: { backCollection: string } } };
    const back = (label: string) => phrases.editor.editorToolbar.backCollection.replace('%{collectionLabel}', label);
    const labels = Object.fromEntries(allCollections.map((c) => [c.name, back(c.label)]));
    expect(labels.events).toBe('Zurück zur Liste aller Termine');
    expect(labels.articles).toBe('Zurück zur Liste aller Artikel');
    for (const c of allCollections) expect(back(c.label)).toBe(`Zurück zur Liste aller ${c.label}`);
    expect(Object.values(labels).join(' ')).not.toMatch(/allen /);
  });
});
