import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOM_MESSAGE, bomProblem, imagePathProblem, isPlainFile, sameEntryProblems, symlinkProblems } from './files.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'asskomm-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('symbolic links', () => {
  it('names every link below content/, also in subfolders, and never counts one as a file', () => {
    const content = path.join(root, 'content');
    mkdirSync(path.join(content, 'articles'), { recursive: true });
    writeFileSync(path.join(content, 'articles/echt.mdx'), 'x');
    symlinkSync('/etc/passwd', path.join(content, 'articles/link.mdx'));
    symlinkSync('/etc', path.join(content, 'media'));
    expect(symlinkProblems(root, content)).toEqual([
      { file: 'content/articles/link.mdx', message: 'Diese Datei ist eine Verknüpfung (symbolischer Link) auf „/etc/passwd“. Im Ordner „content/“ sind nur echte Dateien erlaubt: Bitte die Verknüpfung löschen und die Datei selbst dort ablegen.' },
      { file: 'content/media', message: expect.stringContaining('auf „/etc“') },
    ]);
    expect(isPlainFile(path.join(content, 'articles/echt.mdx'))).toBe(true);
    expect(isPlainFile(path.join(content, 'articles/link.mdx'))).toBe(false);
  });
});

describe('byte-order mark', () => {
  it('is named as such', () => {
    expect(bomProblem('\uFEFF---\ntitle: x\n---\n')).toBe(BOM_MESSAGE);
    expect(bomProblem('---\ntitle: x\n---\n')).toBeUndefined();
  });
});

describe('one file per entry', () => {
  it('names the file that differs only in the case of its extension, and which one is read', () => {
    const problems = sameEntryProblems(['doppelt.YAML', 'doppelt.yaml', 'anders.yaml'], '.yaml');
    expect([...problems]).toEqual([
      ['doppelt.YAML', '„doppelt.YAML“ und „doppelt.yaml“ sind derselbe Eintrag „doppelt“ (die Namen unterscheiden sich nur in der Groß- und Kleinschreibung der Endung). Gelesen wird nur „doppelt.yaml“: Bitte „doppelt.YAML“ löschen oder ihren Inhalt in „doppelt.yaml“ übernehmen.'],
    ]);
    expect([...sameEntryProblems(['einzeln.Yaml'], '.yaml')]).toEqual([
      ['einzeln.Yaml', 'Die Endung „.Yaml“ muss klein geschrieben werden: Bitte die Datei in „einzeln.yaml“ umbenennen, sonst wird sie nicht gelesen.'],
    ]);
  });
});

describe('image paths', () => {
  const content = '/p/content';
  const entry = '/p/content/articles';
  const exists = () => true;

  it('accepts photos inside content/', () => {
    expect(imagePathProblem(content, entry, 'bild.jpg', exists)).toBeUndefined();
    expect(imagePathProblem(content, entry, '../media/bild.WEBP', exists)).toBeUndefined();
  });

  it('refuses paths outside content/, absolute paths, other formats and missing files', () => {
    expect(imagePathProblem(content, entry, '../../../../etc/passwd', exists)).toBe(
      'Das Bild „../../../../etc/passwd“ liegt außerhalb des Ordners „content/“. Bilder werden über das CMS hochgeladen und liegen neben dem Eintrag: Bitte das Bild erneut hochladen.',
    );
    expect(imagePathProblem(content, entry, '../../package.json', exists)).toMatch(/außerhalb/);
    expect(imagePathProblem(content, entry, '/p/content/articles/bild.jpg', exists)).toMatch(/^Das Bild „\/p\/content\/articles\/bild.jpg“ ist mit einem absoluten Pfad angegeben/);
    expect(imagePathProblem(content, entry, 'grafik.svg', exists)).toMatch(/^„grafik.svg“ ist kein Foto im Format JPEG, PNG oder WebP/);
    expect(imagePathProblem(content, entry, 'fehlt.jpg', () => false)).toBe('Die Bilddatei wurde nicht gefunden. Bitte das Bild erneut hochladen.');
  });
});
