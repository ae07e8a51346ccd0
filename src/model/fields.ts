/**
 * The content model's building blocks.
 *
 * Every field is described once: its German label and help text, whether it is required, its options or
 * relation target, and how it is validated. From that one description we derive
 *   - the zod schema Astro validates content against (`build`), and
 *   - the Decap CMS field configuration (`spec`, turned into CMS config in `src/lib/cms/`).
 *
 * Messages are written for editors: they say what is wrong in plain German.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { PHOTO_WIDTHS } from '../lib/images/encoding.ts';

export type CollectionName =
  | 'articles'
  | 'towns'
  | 'people'
  | 'organisations'
  | 'agreements'
  | 'campaigns'
  | 'events'
  | 'pages'
  | 'settings';

export type ImageSchema = ReturnType<SchemaContext['image']>;

/** What a schema needs from its surroundings: Astro gives the real `reference()` and `image()`. */
export interface SchemaTools {
  reference<C extends CollectionName>(collection: C): z.ZodType<{ collection: C; id: string }, string>;
  image(): ImageSchema;
}

export type FieldKind =
  | 'line'
  | 'text'
  | 'url'
  | 'email'
  | 'boolean'
  | 'integer'
  | 'select'
  | 'multiselect'
  | 'date'
  | 'partialDate'
  | 'time'
  | 'reference'
  | 'references'
  | 'object'
  | 'list'
  | 'image';

export interface SelectOption {
  value: string;
  label: string;
}

/** A choice of a select field: a value that is its own label ("Fachtag"), or [value, label] where they differ. */
type Choice = string | readonly [string, string];
type ChoiceValue<C> = C extends readonly [infer V extends string, string] ? V : C;

/** The options of a select field, each value written once: options('Stadt', ['Verbund', 'Verbund mehrerer Kommunen']). */
export function options<const C extends readonly Choice[]>(...choices: C): { readonly [K in keyof C]: { readonly value: ChoiceValue<C[K]>; readonly label: string } } {
  return choices.map((c) => (typeof c === 'string' ? { value: c, label: c } : { value: c[0], label: c[1] })) as never;
}

/** The CMS-facing description of a field (plain data, snapshot-friendly). */
export interface FieldSpec {
  kind: FieldKind;
  label: string;
  hint?: string;
  required: boolean;
  options?: readonly SelectOption[];
  collection?: CollectionName;
  fields?: Record<string, FieldSpec>;
  item?: FieldSpec;
  min?: number;
  max?: number;
  pattern?: { regex: string; message: string };
  default?: unknown;
}

export interface Field<Z extends z.ZodType = z.ZodType> {
  spec: FieldSpec;
  build(tools: SchemaTools): Z;
}

type Labels = { label: string; hint?: string };

export type Shape = Record<string, Field>;
export type ZodShape<S extends Shape> = { [K in keyof S]: ReturnType<S[K]['build']> };

/**
 * The pattern of each field kind that has one, declared once. zod checks `new RegExp(source)` and reports
 * `error` (after the field's label); the CMS gets `source` itself and shows `hint` while the editor types.
 * Kept as the pattern's text rather than a regex literal: a RegExp's `.source` escapes "/", and Decap's
 * configuration (embedded in /admin/) carries the text exactly as written here.
 */
export const PATTERNS = {
  url: {
    source: '^https://[^\\s/$.?#][^\\s]*$',
    error: 'muss eine vollständige Internetadresse sein, die mit „https://“ beginnt',
    hint: 'eine vollständige Internetadresse, die mit „https://“ beginnt',
  },
  email: {
    source: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
    error: 'ist keine gültige E-Mail-Adresse',
    hint: 'eine gültige E-Mail-Adresse',
  },
  date: {
    source: '^\\d{4}-\\d{2}-\\d{2}$',
    error: 'muss ein Datum im Format JJJJ-MM-TT sein, zum Beispiel 2023-08-09',
    hint: 'Format: JJJJ-MM-TT, zum Beispiel 2023-08-09',
  },
  partialDate: {
    source: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
    error: 'muss ein Datum sein: JJJJ-MM-TT, JJJJ-MM oder JJJJ (zum Beispiel 2023-08-09, 2023-08 oder 2023)',
    hint: 'Format: JJJJ-MM-TT, JJJJ-MM oder JJJJ, zum Beispiel 2023-08-09, 2023-08 oder 2023',
  },
  time: {
    source: '^([01]\\d|2[0-3]):[0-5]\\d$',
    error: 'muss eine Uhrzeit zwischen 00:00 und 23:59 sein (SS:MM)',
    hint: 'Format: SS:MM, zum Beispiel 14:30',
  },
} as const satisfies Record<string, { source: string; error: string; hint: string }>;

export type PatternKind = keyof typeof PATTERNS;

/** The regular expression of a kind's pattern, for zod and for code that must agree with it. */
export function patternRegex(kind: PatternKind): RegExp {
  return new RegExp(PATTERNS[kind].source);
}

/** The pattern as a field spec carries it to the CMS. */
function specPattern(kind: PatternKind): NonNullable<FieldSpec['pattern']> {
  return { regex: PATTERNS[kind].source, message: PATTERNS[kind].hint };
}

/** An HTML tag, which plain-text fields refuse; the CMS builds its pattern for lines and texts from this text. */
export const HTML_TAG_SOURCE = '</?[a-zA-Z][^>]*>';
const HTML_TAG = new RegExp(HTML_TAG_SOURCE);

/**
 * Characters that reverse or reorder the text around them (U+202A–U+202E, U+2066–U+2069): "\u202Efdp.exe"
 * shows as "exe.pdf". Plain-text fields refuse them; the CMS builds its pattern for lines and texts from this.
 */
export const BIDI_CONTROL_SOURCE = '[\\u202A-\\u202E\\u2066-\\u2069]';
const BIDI_CONTROL = new RegExp(BIDI_CONTROL_SOURCE);

/** Plain text up to `max` characters, without HTML: the common part of lines and texts. */
function plainText(max: number): z.ZodString {
  return z
    .string({ error: 'muss ein Text sein' })
    .trim()
    .min(1, { error: 'darf nicht leer sein' })
    .max(max, { error: `ist zu lang (höchstens ${max} Zeichen)` })
    .refine((s) => !HTML_TAG.test(s), {
      error: 'enthält HTML-Code (zum Beispiel „<b>“). Bitte nur reinen Text eingeben.',
    })
    .refine((s) => !BIDI_CONTROL.test(s), {
      error: 'enthält unsichtbare Steuerzeichen, die die Schreibrichtung umkehren (etwa U+202E). Bitte den Text neu eintippen statt ihn einzufügen.',
    });
}

/** A single line of plain text (titles, names). HTML is refused: it would be shown as text anyway. */
export function line(o: Labels & { max?: number }): Field<z.ZodString> {
  const max = o.max ?? 200;
  return {
    spec: { kind: 'line', label: o.label, hint: o.hint, required: true, max },
    build: () => plainText(max).refine((s) => !/[\r\n]/.test(s), { error: 'darf nur eine Zeile lang sein' }),
  };
}

/** A paragraph of plain text (lead, notes, descriptions of access). */
export function text(o: Labels & { max?: number }): Field<z.ZodString> {
  const max = o.max ?? 2000;
  return {
    spec: { kind: 'text', label: o.label, hint: o.hint, required: true, max },
    build: () => plainText(max),
  };
}

export function url(o: Labels): Field<z.ZodString> {
  return {
    spec: { kind: 'url', label: o.label, hint: o.hint, required: true },
    build: () =>
      z
        .string({ error: 'muss eine Internetadresse sein' })
        .trim()
        .regex(patternRegex('url'), { error: PATTERNS.url.error }),
  };
}

export function email(o: Labels): Field<z.ZodString> {
  return {
    spec: { kind: 'email', label: o.label, hint: o.hint, required: true },
    build: () =>
      z
        .string({ error: 'muss eine E-Mail-Adresse sein' })
        .trim()
        .regex(patternRegex('email'), { error: PATTERNS.email.error }),
  };
}

export function boolean(o: Labels & { default: boolean }): Field<z.ZodDefault<z.ZodBoolean>> {
  return {
    spec: { kind: 'boolean', label: o.label, hint: o.hint, required: false, default: o.default },
    build: () => z.boolean({ error: 'muss „ja“ (true) oder „nein“ (false) sein' }).default(o.default),
  };
}

export function integer(o: Labels & { min?: number; max?: number }): Field<z.ZodNumber> {
  return {
    spec: { kind: 'integer', label: o.label, hint: o.hint, required: true, min: o.min, max: o.max },
    build: () => {
      let n = z.number({ error: 'muss eine Zahl sein' }).int({ error: 'muss eine ganze Zahl sein' });
      if (o.min !== undefined) n = n.min(o.min, { error: `muss mindestens ${o.min} sein` });
      if (o.max !== undefined) n = n.max(o.max, { error: `darf höchstens ${o.max} sein` });
      return n;
    },
  };
}

function optionList(options: readonly SelectOption[]): string {
  return options.map((o) => `„${o.value}“`).join(', ');
}

export function select<const V extends string>(
  o: Labels & { options: readonly { value: V; label: string }[] },
): Field<z.ZodEnum<{ [K in V]: K }>> {
  return {
    spec: { kind: 'select', label: o.label, hint: o.hint, required: true, options: o.options },
    build: () =>
      z.enum(o.options.map((x) => x.value) as [V, ...V[]], {
        error: `hat einen unbekannten Wert. Erlaubt sind: ${optionList(o.options)}`,
      }),
  };
}

export function multiselect<const V extends string>(
  o: Labels & { options: readonly { value: V; label: string }[]; min?: number },
): Field<z.ZodDefault<z.ZodArray<z.ZodEnum<{ [K in V]: K }>>>> {
  const min = o.min ?? 0;
  return {
    spec: { kind: 'multiselect', label: o.label, hint: o.hint, required: min > 0, options: o.options, min },
    build: () =>
      z
        .array(
          z.enum(o.options.map((x) => x.value) as [V, ...V[]], {
            error: `hat einen unbekannten Wert. Erlaubt sind: ${optionList(o.options)}`,
          }),
          { error: 'muss eine Liste sein' },
        )
        .min(min, { error: `braucht mindestens ${min} Eintrag/Einträge` })
        .default([]),
  };
}

/** YAML parsers may turn 2023-08-09 into a Date object; we always keep the ISO text. */
function dateToIso(v: unknown): unknown {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  return v;
}

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A kind with a pattern as its spec carries it: label, hint, required, and the pattern for the CMS. */
function patternedSpec(kind: PatternKind, o: Labels): FieldSpec {
  return { kind, label: o.label, hint: o.hint, required: true, pattern: specPattern(kind) };
}

/** A date kind's text: first its pattern, then the calendar (2023-02-30 matches the pattern but is no day). */
function dateText(
  kind: 'date' | 'partialDate',
  notText: string,
  isReal: (s: string) => boolean,
): z.ZodPreprocess<z.ZodString, unknown> {
  return z.preprocess(
    dateToIso,
    z
      .string({ error: notText })
      // A text in another format is not looked up in the calendar as well.
      .regex(patternRegex(kind), { error: PATTERNS[kind].error, abort: true })
      .refine(isReal, { error: 'ist kein Datum, das es im Kalender gibt' }),
  );
}

/** An exact calendar day, stored as YYYY-MM-DD. */
export function date(o: Labels): Field<z.ZodPreprocess<z.ZodString, unknown>> {
  return {
    spec: patternedSpec('date', o),
    build: () => dateText('date', 'muss ein Datum sein (JJJJ-MM-TT, zum Beispiel 2023-08-09)', isRealDate),
  };
}

/**
 * A date that may be known only to the month or the year: "2023-08-09", "2023-08" or "2023".
 * Leave the field out when the date is unknown.
 */
export function partialDate(o: Labels): Field<z.ZodPreprocess<z.ZodString, unknown>> {
  return {
    spec: patternedSpec('partialDate', o),
    build: () =>
      dateText('partialDate', 'muss ein Datum sein (JJJJ-MM-TT, JJJJ-MM oder JJJJ)', (s) => {
        const [y, m, d] = s.split('-');
        return isRealDate(`${y}-${m ?? '01'}-${d ?? '01'}`);
      }),
  };
}

/** A time of day in Europe/Berlin, "HH:MM". */
export function time(o: Labels): Field<z.ZodString> {
  return {
    spec: patternedSpec('time', o),
    build: () =>
      z
        .string({ error: 'muss eine Uhrzeit sein (SS:MM, zum Beispiel 14:30)' })
        .regex(patternRegex('time'), { error: PATTERNS.time.error }),
  };
}

export function reference<C extends CollectionName>(
  o: Labels & { collection: C },
): Field<z.ZodType<{ collection: C; id: string }, string>> {
  return {
    spec: { kind: 'reference', label: o.label, hint: o.hint, required: true, collection: o.collection },
    build: (tools) => tools.reference(o.collection),
  };
}

export function references<C extends CollectionName>(
  o: Labels & { collection: C; min?: number },
): Field<z.ZodDefault<z.ZodArray<z.ZodType<{ collection: C; id: string }, string>>>> {
  const min = o.min ?? 0;
  return {
    spec: {
      kind: 'references',
      label: o.label,
      hint: o.hint,
      required: min > 0,
      collection: o.collection,
      min,
    },
    build: (tools) =>
      z
        .array(tools.reference(o.collection), { error: 'muss eine Liste sein' })
        .min(min, { error: `braucht mindestens ${min} Eintrag/Einträge` })
        .default([]),
  };
}

export function object<S extends Shape>(o: Labels & { fields: S }): Field<z.ZodObject<ZodShape<S>>> {
  const specs: Record<string, FieldSpec> = {};
  for (const [k, f] of Object.entries(o.fields)) specs[k] = f.spec;
  return {
    spec: { kind: 'object', label: o.label, hint: o.hint, required: true, fields: specs },
    build: (tools) => {
      const shape = {} as Record<string, z.ZodType>;
      for (const [k, f] of Object.entries(o.fields)) shape[k] = f.build(tools);
      return z.strictObject(shape, { error: 'muss eine Gruppe von Feldern sein' }) as unknown as z.ZodObject<
        ZodShape<S>
      >;
    },
  };
}

export function list<Z extends z.ZodType>(
  o: Labels & { item: Field<Z>; min?: number },
): Field<z.ZodDefault<z.ZodArray<Z>>> {
  const min = o.min ?? 0;
  return {
    spec: { kind: 'list', label: o.label, hint: o.hint, required: min > 0, item: o.item.spec, min },
    build: (tools) =>
      z
        .array(o.item.build(tools), { error: 'muss eine Liste sein' })
        .min(min, { error: `braucht mindestens ${min} Eintrag/Einträge` })
        .default([]),
  };
}

/**
 * Follows a path through an entry's data (keys, list indexes; a zod issue path, say) to the labels an
 * editor sees in the CMS: „Ort › Postleitzahl“, „Quellen › Eintrag 2 › Titel“.
 */
export function labelForPath(fields: Record<string, FieldSpec>, p: readonly PropertyKey[]): string | undefined {
  const parts: string[] = [];
  let current: FieldSpec | undefined;
  let scope: Record<string, FieldSpec> | undefined = fields;
  for (const key of p) {
    if (typeof key === 'number') {
      parts.push(`Eintrag ${key + 1}`);
      if (current?.item) {
        current = current.item;
        scope = current.fields;
      }
      continue;
    }
    const spec: FieldSpec | undefined = scope?.[String(key)];
    if (!spec) return parts.length ? parts.join(' › ') : undefined;
    parts.push(spec.label);
    current = spec;
    scope = spec.fields;
  }
  return parts.join(' › ') || undefined;
}


/** Every value of a field of one kind in an entry's data, with its path (keys and list indexes). */
export function valuesOfKind(
  data: unknown,
  fields: Record<string, FieldSpec>,
  kind: FieldKind,
  at: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  return Object.entries(fields).flatMap(([key, spec]) => {
    const value = (data as Record<string, unknown>)[key];
    const here = [...at, key];
    if (value === undefined) return [];
    if (spec.kind === kind) return [{ path: here, value }];
    if (spec.kind === 'object') return valuesOfKind(value, spec.fields!, kind, here);
    if (spec.kind === 'list' && Array.isArray(value) && spec.item?.fields) {
      return value.flatMap((item, i) => valuesOfKind(item, spec.item!.fields!, kind, [...here, i]));
    }
    return [];
  });
}

/** The narrowest photo the site takes: the widest size it shows (photos are never enlarged). */
export const MIN_PHOTO_WIDTH = Math.max(...PHOTO_WIDTHS);

/** What is wrong with a photo this wide, said after the field's label; undefined when it is wide enough. */
export function photoWidthProblem(width: number): string | undefined {
  if (width >= MIN_PHOTO_WIDTH) return undefined;
  return `ist ein Foto von nur ${width.toLocaleString('de-DE')} Pixel Breite. Fotos brauchen mindestens ${MIN_PHOTO_WIDTH.toLocaleString('de-DE')} Pixel, damit sie auch auf großen Bildschirmen scharf sind: Bitte das Foto in voller Größe hochladen.`;
}

/** A photo with the texts a photo needs: alt text for people who cannot see it, caption and credit. */
export function image(o: Labels) {
  const fields = {
    src: {
      spec: {
        kind: 'image',
        label: 'Bilddatei',
        hint: `JPEG, PNG oder WebP, mindestens ${MIN_PHOTO_WIDTH.toLocaleString('de-DE')} Pixel breit.`,
        required: true,
      },
      build: (tools: SchemaTools) => tools.image(),
    } satisfies Field<ImageSchema>,
    alt: text({
      label: 'Alternativtext',
      hint: 'Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können.',
      max: 300,
    }),
    caption: text({ label: 'Bildunterschrift', max: 500 }),
    credit: line({ label: 'Bildnachweis', hint: 'Zum Beispiel „© SMI“.', max: 120 }),
  };
  return object({ label: o.label, hint: o.hint, fields });
}

/** The hint below every Markdown text: how to format, and what the CMS does to characters MDX would read as code. */
export const MARKDOWN_HINT =
  'Formatierung mit Markdown: **fett**, *kursiv*, [Linktext](https://…), Listen mit „- “ am Zeilenanfang, Zwischenüberschriften mit „## “. Geschweifte Klammern und „<“ werden beim Speichern geschützt.';

/** Marks a field as optional: it may be left out. */
export function optional<Z extends z.ZodType>(f: Field<Z>): Field<z.ZodOptional<Z>> {
  return {
    spec: { ...f.spec, required: false },
    build: (tools) => f.build(tools).optional(),
  };
}
