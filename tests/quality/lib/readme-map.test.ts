import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldersBelow, mapProblems, readFolderMap } from './readme-map.ts';

const root = path.resolve(import.meta.dirname, '../../..');

const readme = (lines: string[]) =>
  ['# Projekt', '', '## Ordner', '', '```', 'content/   Inhalte', 'src/       Quellcode', ...lines, 'tests/     Tests', '```', '', '## Weiter', ''].join('\n');

describe('the README folder map', () => {
  it('reads the lines below src/ as paths with their description', () => {
    expect(readFolderMap(readme(['  lib/                 Technik', '  lib/cms/             CMS-Konfiguration']))).toEqual([
      { path: 'lib/', description: 'Technik' },
      { path: 'lib/cms/', description: 'CMS-Konfiguration' },
    ]);
  });

  it('refuses a line without a description', () => {
    expect(() => readFolderMap(readme(['  lib/']))).toThrow('Zeile ohne Beschreibung in der Karte: „lib/“');
  });

  it('names a folder the map leaves out, and an entry that names nothing', () => {
    const entries = readFolderMap(readme(['  lib/    Technik', '  libs/   vertippt', '  content.config.ts   Sammlungen']));
    expect(mapProblems(entries, ['lib/', 'lib/cms/'], new Set(['content.config.ts']))).toEqual([
      'src/lib/cms/ fehlt in der Ordnerkarte des README.',
      'Die Ordnerkarte des README nennt src/libs/, das es nicht gibt.',
    ]);
  });

  it('names an entry given twice', () => {
    const entries = readFolderMap(readme(['  lib/    Technik', '  lib/    noch einmal']));
    expect(mapProblems(entries, ['lib/'], new Set())).toEqual(['Die Ordnerkarte des README nennt src/lib/ zweimal.']);
  });

  it('covers every folder under src/ and names only what exists', () => {
    const entries = readFolderMap(readFileSync(path.join(root, 'README.md'), 'utf8'));
    const files = new Set(entries.map((e) => e.path).filter((p) => !p.endsWith('/') && existsSync(path.join(root, 'src', p))));
    expect(mapProblems(entries, foldersBelow(path.join(root, 'src')), files)).toEqual([]);
  });
});
