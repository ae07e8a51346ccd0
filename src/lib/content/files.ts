/**
 * Rules for the files under content/ themselves, before their text is read: no symbolic links (a link
 * could make the build read any file of the machine), image paths that stay inside content/ and name a
 * photo, no byte-order mark, and one file per entry (`doppelt.yaml` and `doppelt.YAML` are one entry).
 */
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/** The photo formats the image fields take (their hint says so: "JPEG, PNG oder WebP"). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;

export interface FileProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  message: string;
}

function rel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** Every symbolic link below `dir` (which is itself no link), named with where it points. */
export function symlinkProblems(root: string, dir: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      const stat = lstatSync(abs);
      if (stat.isSymbolicLink()) {
        problems.push({
          file: rel(root, abs),
          message: `Diese Datei ist eine Verknüpfung (symbolischer Link) auf „${readlinkSync(abs)}“. Im Ordner „content/“ sind nur echte Dateien erlaubt: Bitte die Verknüpfung löschen und die Datei selbst dort ablegen.`,
        });
      } else if (stat.isDirectory()) walk(abs);
    }
  };
  walk(dir);
  return problems;
}

/** Whether a directory entry is a plain file to read: no folder, no symbolic link (those are named above). */
export function isPlainFile(abs: string): boolean {
  return lstatSync(abs).isFile();
}

export const BOM_MESSAGE =
  'Die Datei beginnt mit einem unsichtbaren Zeichen, einer Byte-Reihenfolge-Markierung (BOM). Bitte die Datei als „UTF-8 ohne BOM“ speichern (in vielen Editoren unter „Kodierung“).';

export function bomProblem(text: string): string | undefined {
  return text.startsWith('\uFEFF') ? BOM_MESSAGE : undefined;
}

/**
 * Files of one folder that would give the same entry: their names differ only in the case of the
 * extension ("doppelt.yaml", "doppelt.YAML"); the build reads only the one with the lower-case extension.
 * Returns a message for each file that is not read.
 */
export function sameEntryProblems(names: readonly string[], extension: string): Map<string, string> {
  const problems = new Map<string, string>();
  const byId = new Map<string, string[]>();
  for (const name of names) {
    if (path.extname(name).toLowerCase() !== extension) continue;
    const id = name.slice(0, -extension.length);
    byId.set(id, [...(byId.get(id) ?? []), name]);
  }
  for (const [id, group] of byId) {
    const kept = group.find((n) => n === `${id}${extension}`);
    for (const name of group) {
      if (name === kept) continue;
      problems.set(
        name,
        kept
          ? `„${name}“ und „${kept}“ sind derselbe Eintrag „${id}“ (die Namen unterscheiden sich nur in der Groß- und Kleinschreibung der Endung). Gelesen wird nur „${kept}“: Bitte „${name}“ löschen oder ihren Inhalt in „${kept}“ übernehmen.`
          : `Die Endung „${path.extname(name)}“ muss klein geschrieben werden: Bitte die Datei in „${id}${extension}“ umbenennen, sonst wird sie nicht gelesen.`,
      );
    }
  }
  return problems;
}

/**
 * Why an image path of an entry (a field or a body image) may not be used; undefined when it names an
 * existing photo inside content/. Paths are relative to the entry's folder, as Astro resolves them.
 */
export function imagePathProblem(contentDir: string, entryDir: string, src: string, exists: (abs: string) => boolean): string | undefined {
  const abs = path.resolve(entryDir, src);
  const inside = path.relative(contentDir, abs);
  if (path.isAbsolute(src)) {
    return `Das Bild „${src}“ ist mit einem absoluten Pfad angegeben. Bilder werden über das CMS hochgeladen und liegen neben dem Eintrag in „content/“: Bitte das Bild erneut hochladen.`;
  }
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    return `Das Bild „${src}“ liegt außerhalb des Ordners „content/“. Bilder werden über das CMS hochgeladen und liegen neben dem Eintrag: Bitte das Bild erneut hochladen.`;
  }
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(abs).toLowerCase())) {
    return `„${src}“ ist kein Foto im Format JPEG, PNG oder WebP. Andere Formate (etwa SVG-Grafiken, die Programmcode enthalten können) sind nicht erlaubt: Bitte das Bild als JPEG, PNG oder WebP hochladen.`;
  }
  if (!exists(abs)) return 'Die Bilddatei wurde nicht gefunden. Bitte das Bild erneut hochladen.';
  return undefined;
}
