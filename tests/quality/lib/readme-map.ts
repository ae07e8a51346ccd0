/**
 * The README's folder map ("## Ordner"): a code block in which `src/` is followed by one indented line per
 * folder below it ("  lib/cms/   das Inhaltsmodell als Decap-Konfiguration …"), path relative to src/.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface MapEntry {
  /** Path relative to src/, folders with a trailing slash ("lib/cms/"), files without. */
  path: string;
  description: string;
}

/** The entries below `src/` in the first code block of the README's "## Ordner" section. */
export function readFolderMap(readme: string): MapEntry[] {
  const section = /^## Ordner\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('Das README hat keinen Abschnitt „## Ordner“.');
  const block = /^```\n([\s\S]*?)^```/m.exec(section)?.[1];
  if (!block) throw new Error('Der Abschnitt „## Ordner“ hat keinen Codeblock.');
  const lines = block.split('\n');
  const start = lines.findIndex((l) => l.startsWith('src/'));
  if (start < 0) throw new Error('Die Karte nennt src/ nicht.');
  const entries: MapEntry[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    const m = /^ {2}(\S+)\s+(\S.*)$/.exec(line);
    if (!m) throw new Error(`Zeile ohne Beschreibung in der Karte: „${line.trim()}“`);
    entries.push({ path: m[1]!, description: m[2]! });
  }
  return entries;
}

/** Every folder below `srcDir`, relative to it, with a trailing slash, sorted. */
export function foldersBelow(srcDir: string): string[] {
  return readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${path.relative(srcDir, path.join(d.parentPath, d.name)).split(path.sep).join('/')}/`)
    .sort();
}

/** German sentences for each folder the map leaves out and each entry that names nothing in the tree. */
export function mapProblems(entries: readonly MapEntry[], folders: readonly string[], files: ReadonlySet<string>): string[] {
  const named = new Set(entries.map((e) => e.path));
  const known = new Set(folders);
  return [
    ...folders.filter((f) => !named.has(f)).map((f) => `src/${f} fehlt in der Ordnerkarte des README.`),
    ...entries
      .filter((e) => (e.path.endsWith('/') ? !known.has(e.path) : !files.has(e.path)))
      .map((e) => `Die Ordnerkarte des README nennt src/${e.path}, das es nicht gibt.`),
    ...entries
      .filter((e, i) => entries.findIndex((x) => x.path === e.path) !== i)
      .map((e) => `Die Ordnerkarte des README nennt src/${e.path} zweimal.`),
  ];
}
