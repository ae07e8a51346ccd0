/**
 * A few of Decap's German phrases, reworded for our editors. Everything else stays as Decap ships it.
 * Decap fills in %{…}; our pattern messages (fields.ts) are written to follow "passt nicht:".
 */
type Phrases = Record<string, unknown>;

export const PHRASE_OVERRIDES = {
  auth: { login: 'Anmelden' },
  // Decap's German writes the full-width „＋“ (U+FF0B), which many fonts lack: a box on a computer without
  // East Asian fonts (as in the test browser). The button's accessible name is its own phrase.
  collection: { collectionTop: { newButton: '+ %{collectionLabel}' } },
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
    // Decap's German switches to „du“ here („Wähle ein Bild“, „Entferne Bild“).
    editorWidgets: {
      image: { choose: 'Bild auswählen', chooseDifferent: 'Anderes Bild auswählen', remove: 'Bild entfernen' },
      file: { choose: 'Datei auswählen', chooseDifferent: 'Andere Datei auswählen', remove: 'Datei entfernen' },
    },
    editorToolbar: {
      backCollection: 'Zurück zur Liste aller %{collectionLabel}',
      // Decap's German reads „Lösche Beitrag“.
      deleteEntry: 'Eintrag löschen',
      deletePublishedEntry: 'Veröffentlichten Eintrag löschen',
      deleteUnpublishedEntry: 'Unveröffentlichten Eintrag löschen',
    },
  },
  // Decap's German: „Keine Egebnisse.“, „Download“, „Oops, …“.
  mediaLibrary: { mediaLibraryModal: { noResults: 'Keine Ergebnisse.', download: 'Herunterladen' } },
  ui: {
    toast: {
      onFailToPersist: 'Nicht gespeichert. %{details}',
      missingRequiredField: 'Nicht gespeichert: Bitte die rot markierten Felder prüfen. Was nicht stimmt, steht jeweils über dem Feld.',
    },
  },
} as const;

/**
 * Phrases Decap's English has and its German lacks (Decap would show them in English), as of
 * decap-cms-locales in the lockfile; phrases.test.ts fails when an update adds more. Mostly screen-reader
 * labels and the notes pane of the editorial workflow.
 */
export const MISSING_GERMAN = {
  collection: {
    collectionTop: { viewAsList: 'Als Liste anzeigen', viewAsGrid: 'Als Raster anzeigen' },
    entries: { unpublishedHeader: 'Unveröffentlichte Einträge' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Feld vom Typ %{widgetLabel}' } },
    editorInterface: { toggleNotes: 'Notizen ein- oder ausblenden' },
    editorNotesPane: {
      title: 'Notizen',
      emptyState: 'Noch keine Notizen. Schreiben Sie unten die erste, um sich mit anderen abzustimmen.',
      addNote: 'Notiz hinzufügen',
      addPlaceholder: 'Notiz schreiben …',
      editPlaceholder: 'Notiz bearbeiten …',
      save: 'Speichern',
      cancel: 'Abbrechen',
      edit: 'Bearbeiten',
      delete: 'Löschen',
      resolve: 'Als erledigt markieren',
      unresolve: 'Wieder öffnen',
      confirmDelete: 'Soll diese Notiz wirklich gelöscht werden?',
      shortcut: 'Tipp: Mit Strg+Eingabe fügen Sie die Notiz schnell hinzu.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Durchgestrichen',
        toggleMode: { rich: 'Zur formatierten Ansicht wechseln', markdown: 'Zur Markdown-Ansicht wechseln' },
      },
      image: { chooseMultiple: 'Bilder auswählen', addMore: 'Weitere Bilder hinzufügen', removeAll: 'Alle Bilder entfernen' },
      file: { chooseMultiple: 'Dateien auswählen', addMore: 'Weitere Dateien hinzufügen', removeAll: 'Alle Dateien entfernen' },
      datetime: { setToNow: '„%{fieldLabel}“ auf jetzt setzen' },
      object: { expand: 'Aufklappen', collapse: 'Zuklappen' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Schließen' } },
  ui: {
    settingsDropdown: { account: 'Kontomenü' },
    toast: {
      noteAdded: 'Notiz hinzugefügt',
      onFailToAddNote: 'Notiz nicht hinzugefügt: %{details}',
      noteUpdated: 'Notiz geändert',
      onFailToUpdateNote: 'Notiz nicht geändert: %{details}',
      noteDeleted: 'Notiz gelöscht',
      onFailToDeleteNote: 'Notiz nicht gelöscht: %{details}',
      noteResolved: 'Notiz als erledigt markiert',
      noteReopened: 'Notiz wieder geöffnet',
      onFailToToggleNote: 'Status der Notiz nicht geändert: %{details}',
    },
  },
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
  return merge(merge(decapGerman, MISSING_GERMAN), PHRASE_OVERRIDES);
}
