import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml11 } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allCollections } from '../../model/registry.ts';
import { buildEntryRules } from './config.ts';
import { parseEntryFile, stringifyEntryFile } from './file-format.ts';

const rules = buildEntryRules();
const root = path.resolve(import.meta.dirname, '../../..');

describe('entry file format', () => {
  it('writes dates and look-alikes quoted, so every YAML reader sees text', () => {
    const text = stringifyEntryFile(
      { name: 'Heidenau', kind: 'Stadt', ags: '14628160', sources: [{ title: 'Quelle', date: '2023' }, { date: '2023-08-09', title: 'Zweite' }] },
      rules.towns!.fields,
      'yaml',
    );
    expect(text).toBe(
      'name: Heidenau\nkind: Stadt\nags: "14628160"\nsources:\n  - title: Quelle\n    date: "2023"\n  - title: Zweite\n    date: "2023-08-09"\n',
    );
    // Astro reads YAML 1.1-style (dates, sexagesimal times); the quotes keep them text there too.
    expect(parseYaml11('t: "14:30"\nd: "2023-08-09"', { version: '1.1' })).toEqual({ t: '14:30', d: '2023-08-09' });
    const event = stringifyEntryFile({ title: 'T', startTime: '14:30' }, rules.events!.fields, 'yaml');
    expect(event).toBe('title: T\nstartTime: "14:30"\n');
  });

  it('never folds long lines', () => {
    const lead = 'Wort '.repeat(60).trim();
    expect(stringifyEntryFile({ title: 'T', lead }, rules.articles!.fields, 'yaml')).toBe(`title: T\nlead: ${lead}\n`);
  });

  it('puts fields in the order of the content model, also inside groups and list items', () => {
    const text = stringifyEntryFile(
      { venue: { city: 'Heidenau', name: 'Rathaus' }, title: 'T', extra: 1, sources: [{ url: 'https://example.org/', title: 'Q' }] },
      rules.events!.fields,
      'yaml',
    );
    expect(text).toBe('title: T\nvenue:\n  name: Rathaus\n  city: Heidenau\nsources:\n  - title: Q\n    url: https://example.org/\nextra: 1\n');
  });

  it('keeps an MDX body byte for byte', () => {
    const file = '---\ntitle: T\ndate: "2026-01-02"\n---\n\n## Zwischenüberschrift\n\nText mit \\{Klammer\\}.\n';
    const data = parseEntryFile(file, 'mdx');
    expect(data).toEqual({ title: 'T', date: '2026-01-02', body: '\n## Zwischenüberschrift\n\nText mit \\{Klammer\\}.\n' });
    expect(stringifyEntryFile(data, rules.articles!.fields, 'mdx')).toBe(file);
  });

  it('refuses an MDX file without its head', () => {
    expect(() => parseEntryFile('Nur Text', 'mdx')).toThrow(/Kopfbereich/);
  });

  // Opening an entry in the CMS and saving it unchanged must not rewrite the file. That holds when every file
  // is already in the form above; this names each one that is not.
  it('every content file is already in the form the CMS writes', () => {
    const drift: string[] = [];
    for (const c of allCollections) {
      const dir = path.join(root, c.folder);
      for (const name of readdirSync(dir).filter((f) => f.endsWith(`.${c.format}`))) {
        const text = readFileSync(path.join(dir, name), 'utf8');
        const again = stringifyEntryFile(parseEntryFile(text, c.format), rules[c.name]!.fields, c.format);
        if (again === text) continue;
        const [was, want] = [text.split('\n'), again.split('\n')];
        const line = was.findIndex((l, i) => l !== want[i]);
        drift.push(`${c.folder}/${name}, Zeile ${line + 1}: ${JSON.stringify(was[line])} → ${JSON.stringify(want[line])}`);
      }
    }
    expect(drift).toEqual([]);
  });
});
