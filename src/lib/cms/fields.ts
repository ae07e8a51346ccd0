/**
 * One field of the content model (its `FieldSpec`) turned into a Decap CMS field.
 *
 * Labels, hints, required/optional, options, relation targets and patterns come from the spec; this file
 * only chooses the widget and adds what an editor needs to fill the field in right the first time
 * (format hints, patterns Decap can check while typing).
 */
import { PATTERNS, type FieldSpec, type PatternKind } from '../../model/fields.ts';
import { collectionDescriptions } from '../../model/registry.ts';
import type { CmsField, CmsPattern } from './types.ts';

/** A field kind's pattern (src/model/fields.ts) as Decap takes it: the same text, the CMS-side message. */
export function cmsPattern(kind: PatternKind): CmsPattern {
  return [PATTERNS[kind].source, PATTERNS[kind].hint];
}

/**
 * Lines and texts: the length limit (and, for lines, "no line break") as a pattern Decap checks while typing,
 * with its message beside the field. HTML and bidi controls are left to the check before saving (entry-check.ts), which says it
 * in the content check's words: one pattern for both would answer a short title with "<jetzt>", or a 6-digit
 * postcode, with a message about the other rule.
 */
export function textPattern(kind: 'line' | 'text', max: number): CmsPattern {
  return kind === 'line'
    ? [`^[^\\r\\n]{0,${max}}$`, `höchstens ${max} Zeichen in einer Zeile`]
    : [`^[\\s\\S]{0,${max}}$`, `höchstens ${max} Zeichen`];
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** What the editor reads below the field: the model's own hint first, then how to fill it in. */
export function hintFor(spec: FieldSpec, optionalGroup?: string): string {
  const parts: string[] = [];
  if (spec.hint) parts.push(sentence(spec.hint));
  const target = spec.collection ? collectionDescriptions[spec.collection] : undefined;
  switch (spec.kind) {
    case 'line':
      parts.push(`Eine Zeile, höchstens ${spec.max} Zeichen.`);
      break;
    case 'text':
      parts.push(`Reiner Text ohne HTML, höchstens ${spec.max} Zeichen.`);
      break;
    case 'url':
      parts.push('Die vollständige Adresse, beginnend mit „https://“.');
      break;
    case 'email':
      parts.push('Eine vollständige E-Mail-Adresse.');
      break;
    case 'boolean':
      if (!spec.hint) parts.push('Häkchen setzen für „ja“.');
      break;
    case 'integer':
      parts.push(
        spec.min !== undefined && spec.max !== undefined
          ? `Eine ganze Zahl von ${spec.min} bis ${spec.max}.`
          : 'Eine ganze Zahl.',
      );
      break;
    case 'select':
      parts.push('Einen Wert aus der Liste wählen.');
      break;
    case 'multiselect':
      parts.push(spec.min ? `Mindestens ${spec.min} Wert(e) wählen; mehrere sind möglich.` : 'Keiner, einer oder mehrere Werte.');
      break;
    case 'date':
      parts.push('Den Tag im Kalender wählen oder eintippen (TT.MM.JJJJ).');
      break;
    case 'partialDate':
      parts.push('Format: JJJJ-MM-TT, JJJJ-MM oder JJJJ, zum Beispiel 2023-08-09, 2023-08 oder 2023.');
      break;
    case 'time':
      parts.push('Uhrzeit nach deutscher Ortszeit, zum Beispiel 14:30.');
      break;
    case 'reference':
      parts.push(`Einen Eintrag aus „${target!.label}“ wählen (Namen eintippen). Fehlt er, zuerst dort anlegen.`);
      break;
    case 'references':
      parts.push(
        `${spec.min ? `Mindestens ${spec.min}` : 'Keinen, einen oder mehrere'} Einträge aus „${target!.label}“ wählen (Namen eintippen). Fehlt einer, zuerst dort anlegen.`,
      );
      break;
    case 'object':
      parts.push(
        spec.required
          ? 'Eine Gruppe von Feldern; ihre Pflichtfelder müssen ausgefüllt sein.'
          : 'Freiwillig: Wer hier etwas einträgt, füllt auch die Pflichtfelder dieser Gruppe aus.',
      );
      break;
    case 'list':
      if (spec.item!.hint) parts.push(sentence(spec.item!.hint));
      parts.push(
        `Mit „${spec.item!.label} hinzufügen“ einen Eintrag anlegen${spec.min ? `; mindestens ${spec.min} sind nötig` : ''}.`,
      );
      break;
    case 'image':
      parts.push('Hochladen oder aus den vorhandenen Bildern wählen.');
      break;
  }
  if (optionalGroup && spec.required) parts.push(`Pflichtfeld, sobald „${optionalGroup}“ ausgefüllt wird.`);
  return parts.join(' ');
}

/**
 * Decap validates the required fields inside an object even when the object itself is optional and left
 * empty, so an optional group (the title image of an article) would block every save. Inside an optional
 * group, Decap therefore sees the fields as optional; the pre-save hook (pre-save.ts) insists on them as
 * soon as any field of the group is filled in.
 */
export function cmsField(name: string, spec: FieldSpec, optionalGroup?: string): CmsField {
  const base = {
    name,
    label: spec.label,
    hint: hintFor(spec, optionalGroup),
    required: spec.required && optionalGroup === undefined,
    ...(spec.pattern ? { pattern: [spec.pattern.regex, spec.pattern.message] as CmsPattern } : {}),
  };
  const target = spec.collection ? collectionDescriptions[spec.collection] : undefined;
  switch (spec.kind) {
    case 'line':
    case 'text':
      return {
        ...base,
        widget: spec.kind === 'line' ? 'string' : 'text',
        pattern: base.pattern ?? textPattern(spec.kind, spec.max!),
      };
    case 'url':
      return { ...base, widget: 'string', pattern: cmsPattern('url') };
    case 'email':
      return { ...base, widget: 'string', pattern: cmsPattern('email') };
    case 'partialDate':
      return { ...base, widget: 'string' };
    case 'boolean':
      return { ...base, widget: 'boolean', default: spec.default as boolean };
    case 'integer':
      return {
        ...base,
        widget: 'number',
        value_type: 'int',
        ...(spec.min !== undefined ? { min: spec.min } : {}),
        ...(spec.max !== undefined ? { max: spec.max } : {}),
      };
    case 'select':
      return { ...base, widget: 'select', options: spec.options!.map((o) => ({ label: o.label, value: o.value })) };
    case 'multiselect':
      return {
        ...base,
        widget: 'select',
        multiple: true,
        options: spec.options!.map((o) => ({ label: o.label, value: o.value })),
        ...(spec.min ? { min: spec.min } : {}),
        // The schema wants the list even when it is empty; Decap writes `[]` for new entries.
        default: [],
      };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false };
    case 'time':
      return { ...base, widget: 'datetime', format: 'HH:mm', date_format: false, time_format: 'HH:mm' };
    case 'reference':
    case 'references':
      return {
        ...base,
        widget: 'relation',
        collection: spec.collection!,
        value_field: '{{slug}}',
        search_fields: [target!.summaryField],
        display_fields: [target!.summaryField],
        ...(spec.kind === 'references' ? { multiple: true as const } : {}),
        ...(spec.kind === 'references' && spec.min ? { min: spec.min } : {}),
      };
    case 'object': {
      const group = optionalGroup ?? (spec.required ? undefined : spec.label);
      return {
        ...base,
        widget: 'object',
        collapsed: false,
        fields: Object.entries(spec.fields!).map(([k, s]) => cmsField(k, s, group)),
      };
    }
    case 'list': {
      // A list item exists only when the editor added it, so its own required fields apply in full.
      const item = spec.item!;
      return {
        ...base,
        widget: 'list',
        label_singular: item.label,
        collapsed: true,
        ...(item.kind === 'object'
          ? { fields: Object.entries(item.fields!).map(([k, s]) => cmsField(k, s)) }
          : { field: cmsField('item', item) }),
        ...(spec.min ? { min: spec.min } : {}),
        // Without it, Decap pre-fills one item for lists whose items have defaults (a boolean inside).
        default: [],
      };
    }
    case 'image':
      return { ...base, widget: 'image', choose_url: false };
  }
}
