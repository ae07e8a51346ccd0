import { describe, expect, it } from 'vitest';
import { germanPhrases } from './phrases.ts';

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
      },
      ui: { toast: { onFailToPersist: 'Nicht gespeichert. %{details}', onUpdated: 'ok' } },
    });
  });
});
