/**
 * Checks every content file before anything is built, and explains each problem in words an editor
 * understands: which file, which field, what is wrong. The build stops when a single problem is found.
 *
 * It uses the very same schemas as Astro (src/model/<type>/schema.ts), plus what a schema alone cannot see:
 * files that cannot be read, references to entries that do not exist, duplicate entries, and bodies that are
 * not plain Markdown. What content may hold at all (it is data, never code) is stated in the modules beside
 * this one: mdx-policy.ts (bodies), urls.ts (addresses), limits.ts (size, depth, aliases, time), files.ts
 * (links, image paths, BOM, one file per entry).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { labelForPath, photoWidthProblem, valuesOfKind, type CollectionName, type FieldSpec, type ImageSchema, type SchemaTools } from '../../model/fields.ts';
import { sameEntryMessage } from '../../model/collection.ts';
import { allCollections, collectionDescriptions, fieldSpecs } from '../../model/registry.ts';
import { entryId, ID_PATTERN } from '../../model/ids.ts';
import { parseYamlDocument, splitFrontmatter } from './reader.ts';
import { bomProblem, imagePathProblem, isPlainFile, sameEntryProblems, symlinkProblems } from './files.ts';
import { checkBodiesWithTimeLimit, fileSizeProblem, yamlData } from './limits.ts';
import { publicationProblems } from '../../model/settings/publication-check.ts';
import { isPublicationBuild } from '../deploy/publication.ts';

export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Dotted path of the field, e.g. "signedBy.0.person"; absent for problems of the whole file. */
  field?: string;
  /** The field as the editor knows it from the CMS, e.g. "Unterzeichnet von › Eintrag 1 › Person". */
  fieldLabel?: string;
  line?: number;
  message: string;
}

interface ParsedEntry {
  collection: CollectionName;
  file: string;
  absFile: string;
  id: string;
  data: unknown;
  body?: string;
  bodyStartLine?: number;
}

const EXTENSIONS = { yaml: '.yaml', mdx: '.mdx' } as const;

function suggestId(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'eintrag'
  );
}

function rel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Reads YAML and says, in German, where it breaks. */
function parseYaml(text: string, lineOffset: number): { data?: unknown; problem?: { line?: number; message: string } } {
  let doc: ReturnType<typeof parseYamlDocument>;
  try {
    doc = parseYamlDocument(text);
  } catch {
    // The parser reports deep nesting as an error (below); this is the last resort should it ever throw.
    return { problem: { message: 'Die Datei lässt sich nicht lesen: Die Felder sind zu tief ineinander verschachtelt.' } };
  }
  const err = doc.errors[0];
  if (err) {
    const line = (err.linePos?.[0]?.line ?? lineOf(text, err.pos[0])) + lineOffset;
    const why =
      err.code === 'DUPLICATE_KEY'
        ? 'Ein Feld steht zweimal in der Datei.'
        : err.code === 'RESOURCE_EXHAUSTION'
          ? 'Die Felder sind zu tief ineinander verschachtelt.'
          : err.code === 'BAD_INDENT' || err.code === 'MISSING_CHAR'
            ? 'Die Einrückung oder ein Zeichen stimmt nicht.'
            : 'Häufige Ursachen: ein Doppelpunkt im Text ohne Anführungszeichen, eine falsche Einrückung oder ein fehlendes Anführungszeichen.';
    return { problem: { line, message: `Die Datei lässt sich nicht lesen (YAML-Fehler in Zeile ${line}). ${why}` } };
  }
  return yamlData(doc);
}

function valueAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function closest(word: string, candidates: string[]): string | undefined {
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  const best = candidates.map((c) => [c, dist(word.toLowerCase(), c.toLowerCase())] as const).sort((a, b) => a[1] - b[1])[0];
  return best && best[1] <= Math.min(2, Math.floor(word.length / 3)) ? best[0] : undefined;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, fields: Record<string, FieldSpec>): ContentProblem[] {
  const p = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(labelScope(fields, p) ?? {});
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      return {
        file: '',
        field: [...p, key].join('.'),
        message: `Das Feld „${key}“ gibt es hier nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Bitte entfernen oder umbenennen.`,
      };
    });
  }
  const missing = issue.code === 'invalid_type' && valueAt(data, p) === undefined;
  const label = labelForPath(fields, p);
  return [
    {
      file: '',
      field: p.length ? p.join('.') : undefined,
      fieldLabel: label,
      message: missing ? 'fehlt. Dieses Feld muss ausgefüllt werden.' : issue.message,
    },
  ];
}

function labelScope(fields: Record<string, FieldSpec>, p: readonly PropertyKey[]): Record<string, FieldSpec> | undefined {
  let scope: Record<string, FieldSpec> | undefined = fields;
  let current: FieldSpec | undefined;
  for (const key of p) {
    if (typeof key === 'number') {
      current = current?.item;
      scope = current?.fields;
      continue;
    }
    current = scope?.[String(key)];
    scope = current?.fields;
  }
  return scope;
}

function readEntries(root: string, problems: ContentProblem[]): ParsedEntry[] {
  const entries: ParsedEntry[] = [];
  for (const c of allCollections) {
    const dir = path.join(root, c.folder);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).sort();
    const sameEntry = sameEntryProblems(names, EXTENSIONS[c.format]);
    for (const name of names) {
      const abs = path.join(dir, name);
      if (name.startsWith('.') || !isPlainFile(abs)) continue;
      const file = rel(root, abs);
      const fileProblem = sameEntry.get(name) ?? fileSizeProblem(statSync(abs).size)?.message;
      if (fileProblem) {
        problems.push({ file, message: fileProblem });
        continue;
      }
      const ext = path.extname(name).toLowerCase();
      if (ext !== EXTENSIONS[c.format]) {
        problems.push({
          file,
          message: `Diese Datei wird nicht gelesen: In „${c.folder}/“ stehen nur ${EXTENSIONS[c.format]}-Dateien (${c.label}).`,
        });
        continue;
      }
      const id = entryId(name);
      if (!ID_PATTERN.test(id)) {
        problems.push({
          file,
          message: `Der Dateiname „${name}“ ist ungültig: Erlaubt sind Kleinbuchstaben ohne Umlaute, Ziffern und Bindestriche, zum Beispiel „${suggestId(id)}${EXTENSIONS[c.format]}“.`,
        });
        continue;
      }
      const text = readFileSync(abs, 'utf8');
      const bom = bomProblem(text);
      if (bom) {
        problems.push({ file, line: 1, message: bom });
        continue;
      }
      if (text.trim() === '') {
        problems.push({ file, message: 'Die Datei ist leer. Bitte ausfüllen oder löschen.' });
        continue;
      }
      let yamlText = text;
      let lineOffset = 0;
      let body: string | undefined;
      let bodyStartLine: number | undefined;
      if (c.format === 'mdx') {
        const split = splitFrontmatter(text);
        if (split.frontmatter === undefined) {
          problems.push({
            file,
            line: 1,
            message: 'Der Kopfbereich fehlt: Die Datei muss mit einer Zeile „---“ beginnen, gefolgt von den Feldern und wieder „---“.',
          });
          continue;
        }
        yamlText = split.frontmatter;
        lineOffset = 1;
        body = split.body;
        bodyStartLine = split.bodyStartLine;
      }
      const parsed = parseYaml(yamlText, lineOffset);
      if (parsed.problem) {
        problems.push({ file, ...parsed.problem });
        continue;
      }
      if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
        problems.push({ file, message: 'Die Datei enthält keine Felder (erwartet werden Zeilen wie „titel: …“).' });
        continue;
      }
      entries.push({ collection: c.name, file, absFile: abs, id, data: parsed.data, body, bodyStartLine });
    }
  }
  return entries;
}

/** Each body as Markdown only (mdx-policy.ts, in a worker with a time limit), its images checked like image fields. */
async function checkBodies(entries: ParsedEntry[], root: string): Promise<Map<ParsedEntry, ContentProblem[]>> {
  const withBody = entries.filter((e) => e.body !== undefined);
  const contentDir = path.join(root, 'content');
  const jobs = withBody.map((e) => ({ body: e.body!, bodyStartLine: e.bodyStartLine ?? 1, contentDir, entryDir: path.dirname(e.absFile) }));
  const findings = await checkBodiesWithTimeLimit(jobs);
  return new Map(withBody.map((e, i) => [e, findings[i]!.map((f) => ({ file: e.file, field: 'body', fieldLabel: 'Text', ...f }))]));
}

/**
 * The collections' zod schemas, built once per run (building one costs far more than checking an entry).
 * `reference()` checks against the ids of this run; `image()` looks for the file next to the entry that is
 * being checked, so get the schema with `schemaFor(entry)` right before each (synchronous) `safeParse`.
 */
function schemasFor(ids: Map<CollectionName, Set<string>>, root: string): (entry: ParsedEntry) => z.ZodType {
  let folder = '';
  const tools: SchemaTools = {
    reference: <C extends CollectionName>(collection: C) =>
      z.string({ error: 'muss die Kennung (den Dateinamen ohne Endung) eines Eintrags sein' }).transform((id, ctx) => {
        if (!ids.get(collection)?.has(id)) {
          const label = collectionDescriptions[collection].label;
          ctx.addIssue({
            code: 'custom',
            message: `verweist auf „${id}“, aber unter „${label}“ gibt es keinen Eintrag mit dieser Kennung (Datei ${collectionDescriptions[collection].folder}/${id}.${collectionDescriptions[collection].format}). Wurde der Eintrag gelöscht oder umbenannt, wählen Sie in diesem Feld einen anderen oder entfernen Sie den Verweis.`,
          });
          return z.NEVER;
        }
        return { collection, id };
      }) as unknown as z.ZodType<{ collection: C; id: string }, string>,
    image: () =>
      z.string({ error: 'muss der Name einer Bilddatei sein' }).superRefine((src, ctx) => {
        const message = imagePathProblem(path.join(root, 'content'), folder, src, existsSync);
        if (message) ctx.addIssue({ code: 'custom', message });
      }) as unknown as ImageSchema,
  };
  const schemas = new Map<CollectionName, z.ZodType>(allCollections.map((c) => [c.name, c.schema(tools)]));
  return (entry) => {
    folder = path.dirname(entry.absFile);
    return schemas.get(entry.collection)!;
  };
}

/** Everything that is wrong with the content below `root`, in reading order; empty when all is well. */
export async function validateContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  if (existsSync(path.join(root, 'content'))) problems.push(...symlinkProblems(root, path.join(root, 'content')));
  const entries = readEntries(root, problems);
  const ids = new Map<CollectionName, Set<string>>();
  for (const c of allCollections) ids.set(c.name, new Set());
  for (const e of entries) ids.get(e.collection)!.add(e.id);

  const schemaFor = schemasFor(ids, root);
  const validData = new Map<string, Record<string, unknown>>();
  const bodyProblems = await checkBodies(entries, root);
  for (const entry of entries) {
    const result = schemaFor(entry).safeParse(entry.data);
    if (!result.success) {
      const fields = fieldSpecs(entry.collection);
      for (const issue of result.error.issues) {
        for (const p of describeIssue(issue, entry.data, fields)) problems.push({ ...p, file: entry.file });
      }
    } else {
      validData.set(`${entry.collection}/${entry.id}`, result.data as Record<string, unknown>);
    }
    problems.push(...(bodyProblems.get(entry) ?? []));
  }
  problems.push(...(await photoProblems(entries, validData)));
  problems.push(...crossChecks(entries, validData));
  // A build for publication also needs the operator data and no placeholder (src/model/settings/publication-check.ts).
  if (isPublicationBuild()) problems.push(...publicationProblems(entries, validData));
  return problems;
}

/** Photos narrower than the site shows them; their files exist and lie in content/ (the image check ran). */
async function photoProblems(entries: ParsedEntry[], data: Map<string, Record<string, unknown>>): Promise<ContentProblem[]> {
  const photos = entries.flatMap((e) => {
    const valid = data.get(`${e.collection}/${e.id}`);
    const fields = fieldSpecs(e.collection);
    return valid
      ? valuesOfKind(valid, fields, 'image')
          .filter((v): v is { path: (string | number)[]; value: string } => typeof v.value === 'string')
          .map((v) => ({ file: e.file, fields, at: v.path, abs: path.resolve(path.dirname(e.absFile), v.value) }))
      : [];
  });
  const problems = await Promise.all(
    photos.map(async ({ file, fields, at, abs }) => {
      const width = await sharp(abs)
        .metadata()
        .then((m) => m.width)
        .catch(() => undefined);
      const message =
        width === undefined
          ? 'lässt sich nicht als Foto lesen (die Datei ist beschädigt oder kein JPEG, PNG oder WebP): Bitte das Foto erneut hochladen.'
          : photoWidthProblem(width);
      return message ? [{ file, field: at.join('.'), fieldLabel: labelForPath(fields, at), message }] : [];
    }),
  );
  return problems.flat();
}

/**
 * Checks that need more than one entry: each collection's own `crossChecks`, duplicate entries (what makes
 * two the same is the collection's `identity`) and a singleton's one file.
 */
function crossChecks(entries: ParsedEntry[], data: Map<string, Record<string, unknown>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const c of allCollections) {
    const fields = fieldSpecs(c.name);
    const report = (entry: { file: string }, p: (string | number)[], message: string) =>
      problems.push({ file: entry.file, field: p.join('.'), fieldLabel: labelForPath(fields, p), message });
    const checked = entries
      .filter((e) => e.collection === c.name && data.has(`${c.name}/${e.id}`))
      .map((e) => ({ id: e.id, file: e.file, data: data.get(`${c.name}/${e.id}`)! }));
    // Each collection's checks are typed for its own data; `checked` holds exactly that collection's.
    (c.crossChecks as ((e: typeof checked, r: typeof report) => void) | undefined)?.(checked, report);

    const identity = c.identity as (d: Record<string, unknown>) => string | undefined;
    const seen = new Map<string, string>();
    for (const e of checked) {
      const key = identity(e.data);
      if (key === undefined) continue;
      const twin = seen.get(key);
      if (twin) {
        report(e, [c.summaryField], sameEntryMessage(String(e.data[c.summaryField]), twin));
      } else seen.set(key, e.file);
    }

    if (c.singleton) {
      const file = `${c.folder}/${c.singleton.id}${EXTENSIONS[c.format]}`;
      const files = entries.filter((e) => e.collection === c.name);
      if (files.length !== 1 || files[0]?.id !== c.singleton.id) {
        problems.push({ file, message: `Es muss genau eine Datei „${file}“ geben (${c.singleton.label}), keine weitere in „${c.folder}/“.` });
      }
    }
  }
  return problems;
}

/** One line per problem, in the form editors see in the build log and the README. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => {
    const where = p.line ? `${p.file}, Zeile ${p.line}` : p.file;
    const field = p.field ? ` – Feld „${p.fieldLabel ?? p.field}“ (${p.field})` : '';
    return `✗ ${where}${field}: ${p.message}`;
  });
  const count = problems.length === 1 ? 'Ein Problem' : `${problems.length} Probleme`;
  return `${count} im Inhalt – die Website wird erst gebaut, wenn alles behoben ist:\n${lines.join('\n')}`;
}
