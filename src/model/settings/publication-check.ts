/**
 * The operator data a published site must show (Impressum, Datenschutzerklärung, Erklärung zur
 * Barrierefreiheit, Kontakt, offene Daten), stated once: which settings fields, where they appear and when
 * they are required. The legal pages render them with <OperatorValue field="…" /> (a missing value there is
 * an "Angabe fehlt" box in a local build); a build for publication stops before a page is written when one
 * is missing or a content file still holds an editor's placeholder (called from src/lib/content/validate.ts).
 */
import type { EntryData } from '../collection.ts';
import type { FieldSpec } from '../fields.ts';
import { ACCESSIBILITY_STATUS, settings } from './schema.ts';

export type SettingsData = EntryData<typeof settings.fields>;

interface OperatorFieldRule {
  /** The pages that show the value, as their titles read. */
  pages: readonly string[];
  /** Whether a published site needs it; always, unless this says otherwise. */
  required?: (s: SettingsData) => boolean;
}

/** Every operator value a page may show, by its dotted path in content/settings/site.yaml. */
export const OPERATOR_FIELDS = {
  publisher: { pages: ['Impressum', 'Datenschutzerklärung', 'Kontakt', 'Offene Daten'] },
  contactEmail: { pages: ['Impressum', 'Kontakt', 'Datenschutzerklärung', 'Erklärung zur Barrierefreiheit'] },
  'operator.postalAddress': { pages: ['Impressum', 'Kontakt', 'Datenschutzerklärung'] },
  'operator.representative': { pages: ['Impressum'] },
  'operator.responsibleForContent': { pages: ['Impressum'] },
  'operator.supervisoryAuthority': { pages: ['Impressum'] },
  'operator.phone': { pages: ['Impressum', 'Kontakt'], required: () => false },
  'operator.vatId': { pages: ['Impressum'], required: () => false },
  'privacy.dataProtectionOfficer': { pages: ['Datenschutzerklärung'] },
  'privacy.supervisoryAuthority': { pages: ['Datenschutzerklärung'] },
  'privacy.hosting': { pages: ['Datenschutzerklärung'] },
  'privacy.logRetention': { pages: ['Datenschutzerklärung'] },
  'privacy.emailRetention': { pages: ['Datenschutzerklärung'] },
  'privacy.editorLogin': { pages: ['Datenschutzerklärung'] },
  'privacy.date': { pages: ['Datenschutzerklärung'] },
  'accessibility.status': { pages: ['Erklärung zur Barrierefreiheit'] },
  'accessibility.date': { pages: ['Erklärung zur Barrierefreiheit'] },
  'accessibility.method': { pages: ['Erklärung zur Barrierefreiheit'] },
  'accessibility.nonAccessible': {
    pages: ['Erklärung zur Barrierefreiheit'],
    // A site that fully meets the requirements has nothing to list here.
    required: (s) => s.accessibility?.status !== 'vollstaendig',
  },
  'accessibility.enforcement': { pages: ['Erklärung zur Barrierefreiheit'] },
  'openData.licence': { pages: ['Offene Daten'] },
  'openData.licenceUrl': { pages: ['Offene Daten'], required: () => false },
} as const satisfies Record<string, OperatorFieldRule>;

export type OperatorField = keyof typeof OPERATOR_FIELDS;

export function isOperatorField(name: string): name is OperatorField {
  return Object.hasOwn(OPERATOR_FIELDS, name);
}

/** The file the operator values live in, as the content check names files. */
export const SETTINGS_FILE = `${settings.folder}/${settings.singleton!.id}.${settings.format}`;

function specAt(field: OperatorField): FieldSpec[] {
  const specs: FieldSpec[] = [];
  let scope: Record<string, FieldSpec> | undefined = Object.fromEntries(Object.entries(settings.fields).map(([k, f]) => [k, f.spec]));
  for (const key of field.split('.')) {
    const spec: FieldSpec | undefined = scope?.[key];
    if (!spec) throw new Error(`${field} ist kein Feld der Einstellungen (src/model/settings/schema.ts)`);
    specs.push(spec);
    scope = spec.fields;
  }
  return specs;
}

/** The field as the CMS labels it, e.g. "Datenschutz › Speicherdauer der Protokolldaten". */
export function operatorFieldLabel(field: OperatorField): string {
  return specAt(field)
    .map((s) => s.label)
    .join(' › ');
}

/** The field's kind (line, text, email, date, select, url): how a page shows it. */
export function operatorFieldKind(field: OperatorField): FieldSpec['kind'] {
  return specAt(field).at(-1)!.kind;
}

/** The value as written in the settings; a select as its German label. Undefined when it is missing. */
export function operatorValue(s: SettingsData, field: OperatorField): string | undefined {
  let value: unknown = s;
  for (const key of field.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (field === 'accessibility.status') return ACCESSIBILITY_STATUS.find((o) => o.value === value)?.label ?? value;
  return value;
}

export function isRequired(s: SettingsData, field: OperatorField): boolean {
  const rule: OperatorFieldRule = OPERATOR_FIELDS[field];
  return rule.required ? rule.required(s) : true;
}

/** The required operator values that are missing, in the order of OPERATOR_FIELDS. */
export function missingOperatorFields(s: SettingsData): OperatorField[] {
  return (Object.keys(OPERATOR_FIELDS) as OperatorField[]).filter((f) => isRequired(s, f) && operatorValue(s, f) === undefined);
}

/** Text that marks something an editor still has to fill in; it must never reach the public. */
export const PLACEHOLDER_PATTERN = /\[\s*Platzhalter|Platzhalter für die Redaktion/i;

export interface PublicationProblem {
  file: string;
  field?: string;
  fieldLabel?: string;
  message: string;
}

interface CheckedFile {
  collection: string;
  id: string;
  file: string;
  data: unknown;
  body?: string | undefined;
}

const pageList = (pages: readonly string[]) =>
  pages.length === 1 ? `der Seite „${pages[0]}“` : `den Seiten ${pages.slice(0, -1).map((p) => `„${p}“`).join(', ')} und „${pages.at(-1)}“`;

/**
 * What stops a build for publication: every missing operator value (file, field, where it appears) and
 * every content file that still holds a placeholder. `valid` holds the data of each entry whose schema
 * passed, by "collection/id" (as the content check keeps it); the settings are missing from it when their
 * schema already reported problems.
 */
export function publicationProblems(files: readonly CheckedFile[], valid: ReadonlyMap<string, unknown>): PublicationProblem[] {
  const problems: PublicationProblem[] = [];
  const settingsData = valid.get(`${settings.name}/${settings.singleton!.id}`) as SettingsData | undefined;
  if (settingsData) {
    for (const field of missingOperatorFields(settingsData)) {
      problems.push({
        file: SETTINGS_FILE,
        field,
        fieldLabel: operatorFieldLabel(field),
        message: `fehlt. Die Angabe steht auf ${pageList(OPERATOR_FIELDS[field].pages)}; ohne sie wird die Website nicht veröffentlicht. Bitte im CMS unter „Einstellungen“ eintragen.`,
      });
    }
  }
  for (const f of files) {
    const text = `${JSON.stringify(f.data)}\n${f.body ?? ''}`;
    if (PLACEHOLDER_PATTERN.test(text)) {
      problems.push({
        file: f.file,
        message: 'enthält noch einen Platzhalter („[Platzhalter …]“). Bitte durch den richtigen Text ersetzen oder streichen; so wird die Website nicht veröffentlicht.',
      });
    }
  }
  return problems;
}
