import { describe, expect, it } from 'vitest';
import { germanPhrases } from './phrases.ts';
import { allCollections } from '../../model/registry.ts';

describe('germanPhrases', () => {
  it('rewords only what we override and keeps the rest of Decap’s German', () => {
    const decap = {
      auth: { login: 'Login', loggingIn: 'Sie werden eingeloggt...' },
      editor: { editorControlPane: { widget: { required: '%{fieldLabel} ist erforderlich.', min: 'x' } } },
      ui: { toast: { onFailToPersist: 'Beitrag speichern fehlgeschlagen: %{details}', onUpdated: 'ok' } },
    };
    expect(germanPhrases(decap)).toEqual({
      auth: { login: 'Anmelden', loggingIn: 'Sie werden eingeloggt...' },
      editor: {
        editorControlPane: {
          widget: {
            required: '„%{fieldLabel}“ muss ausgefüllt werden.',
            regexPattern: '„%{fieldLabel}“ passt nicht: %{pattern}.',
            min: 'x',
          },
        },
        editorToolbar: { backCollection: 'Zurück zur Liste aller %{collectionLabel}' },
      },
      ui: { toast: { onFailToPersist: 'Nicht gespeichert. %{details}', onUpdated: 'ok' } },
    });
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
