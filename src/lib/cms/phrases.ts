/**
 * A few of Decap's German phrases, reworded for our editors. Everything else stays as Decap ships it.
 * Decap fills in %{…}; our pattern messages (fields.ts) are written to follow "passt nicht:".
 */
type Phrases = Record<string, unknown>;

export const PHRASE_OVERRIDES = {
  auth: { login: 'Anmelden' },
  editor: {
    editorControlPane: {
      widget: {
        required: '„%{fieldLabel}“ muss ausgefüllt werden.',
        regexPattern: '„%{fieldLabel}“ passt nicht: %{pattern}.',
      },
    },
    // Decap fills in the collection's label, a plural in the nominative ("Termine", "Artikel"). Its own
    // "Zurück zu allen %{collectionLabel}" needs the dative ("allen Terminen"); the genitive plural is the
    // nominative plural for every noun, so "aller Termine", "aller Artikel" is right for each label as it is.
    editorToolbar: {
      backCollection: 'Zurück zur Liste aller %{collectionLabel}',
      // Decap's German reads „Lösche Beitrag“.
      deleteEntry: 'Eintrag löschen',
      deletePublishedEntry: 'Veröffentlichten Eintrag löschen',
      deleteUnpublishedEntry: 'Unveröffentlichten Eintrag löschen',
    },
  },
  ui: { toast: { onFailToPersist: 'Nicht gespeichert. %{details}' } },
} as const;

function merge(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = typeof v === 'object' && v !== null && typeof b === 'object' && b !== null ? merge(b as Phrases, v as Phrases) : v;
  }
  return out;
}

export function germanPhrases(decapGerman: Phrases): Phrases {
  return merge(decapGerman, PHRASE_OVERRIDES);
}
