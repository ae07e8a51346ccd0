/**
 * How an entry looks on disk, read and written the same way by the CMS and by people editing files.
 *
 * Decap's own YAML writer (yaml 1.x) folds long lines at 80 characters, drops the quotes around dates and
 * orders nested fields by typing order, so opening and saving an untouched entry would rewrite it. The CMS
 * uses this format instead (registered per collection in admin/init.ts):
 *   - YAML 1.2 when reading (what the content check reads), so "2023-08-09" stays text;
 *   - when writing, anything a YAML 1.1 reader (Astro's) could take for a number, date or yes/no is quoted,
 *     and so is every partial date ("2023", "2023-08"), so all readers see the same text;
 *   - no line folding; lists indented under their key;
 *   - fields in the order of the content model, at every depth; unknown fields keep their place after them.
 * MDX files are the YAML between two "---" lines, then the body exactly as typed.
 */
import { Document, visit } from 'yaml';
import { patternRegex, type FieldSpec } from '../../model/fields.ts';
import { parseYamlDocument, splitFrontmatter } from '../content/reader.ts';
import { ADDRESS_KEY } from './address.ts';

export type FileKind = 'yaml' | 'mdx';

/** The name this format is registered under for one collection (the config's `format`). */
export function entryFormatName(collection: string): string {
  return `asskomm-${collection}`;
}

const PARTIAL_DATE = patternRegex('partialDate');

function parseYaml(text: string): Record<string, unknown> {
  const doc = parseYamlDocument(text);
  if (doc.errors.length) throw new Error(`Die Datei ist kein gültiges YAML: ${doc.errors[0]!.message}`);
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('Die Datei enthält keine Felder.');
  return data as Record<string, unknown>;
}

export function parseEntryFile(text: string, kind: FileKind): Record<string, unknown> {
  if (kind === 'yaml') return parseYaml(text);
  const { frontmatter, body } = splitFrontmatter(text);
  if (frontmatter === undefined) throw new Error('Der Kopfbereich fehlt: Die Datei muss mit „---“ beginnen.');
  return { ...parseYaml(frontmatter), body };
}

/** Field specs of the level below `spec`: an object's fields, a list item's fields. */
function childFields(spec: FieldSpec | undefined): Record<string, FieldSpec> | undefined {
  return spec?.fields ?? spec?.item?.fields;
}

/** A copy with keys in the content model's order, at every depth. */
export function orderLike(value: unknown, fields: Record<string, FieldSpec> | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => orderLike(v, fields));
  if (typeof value !== 'object' || value === null || !fields) return value;
  const data = value as Record<string, unknown>;
  const known = Object.keys(fields).filter((k) => k in data);
  const rest = Object.keys(data).filter((k) => !(k in fields));
  return Object.fromEntries(
    [...known, ...rest].map((k) => [k, orderLike(data[k], childFields(fields[k]))]),
  );
}

function stringifyYaml(data: Record<string, unknown>): string {
  const doc = new Document(data, { version: '1.1' });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && PARTIAL_DATE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

export function stringifyEntryFile(entry: Record<string, unknown>, fields: Record<string, FieldSpec>, kind: FileKind): string {
  // The address of a new entry is for Decap's slug template, not for the file (address.ts).
  const { [ADDRESS_KEY]: _address, ...data } = entry;
  if (kind === 'yaml') return stringifyYaml(orderLike(data, fields) as Record<string, unknown>);
  const { body, ...meta } = data;
  const text = typeof body === 'string' ? body : '';
  return `---\n${stringifyYaml(orderLike(meta, fields) as Record<string, unknown>)}---\n${text}`;
}
