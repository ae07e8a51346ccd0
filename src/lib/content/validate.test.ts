import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../tests/support/project.ts';
import sharp from 'sharp';
import { MIN_PHOTO_WIDTH } from '../../model/fields.ts';
import { formatProblems, validateContent } from './validate.ts';

/** A plain grey JPEG of the given width (3:2). */
function photo(width: number): Promise<Buffer> {
  return sharp({ create: { width, height: Math.round((width * 2) / 3), channels: 3, background: '#8899aa' } }).jpeg().toBuffer();
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The lines the build prints for one field's problems in `root`, as an editor reads them. */
async function reportedFor(root: string, field: string): Promise<string[]> {
  const problems = (await validateContent(root)).filter((p) => p.field === field);
  return problems.length === 0 ? [] : formatProblems(problems).split('\n').slice(1);
}

/** A project root that holds only the given articles (name → frontmatter lines and body). */
function articlesRoot(articles: Record<string, { extra?: string; body: string }>, files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'asskomm-validate-'));
  roots.push(root);
  const dir = path.join(root, 'content/articles');
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  for (const [name, { extra = '', body }] of Object.entries(articles)) {
    writeFileSync(path.join(dir, `${name}.mdx`), `---\ntitle: "${name}"\ngenre: Pressemitteilung\ndate: "2024-01-01"\nlead: "Vorspann."\n${extra}---\n${body}`);
  }
  return root;
}

describe('MDX check of the body', () => {
  // Bodies the quick check skips, and bodies that fail only in a late step of the MDX compiler.
  const bodies: Record<string, string> = {
    markdown: '# Titel\n\n- a\n- b\n\n> Zitat\n\n[Link](https://example.org) ![Bild](b.jpg)\n\n***fett*** a &lt; b\n',
    'indented-code': 'Text\n\n    kein { Code\n',
    'stray-brace': 'Hallo\n\nEin { hier\n',
    'closing-brace': 'Ein } hier\n',
    'less-than-space': 'a < b\n',
    'less-than-word': 'Kinder <6 Jahre\n',
    'html-comment': 'Text <!-- Kommentar -->\n',
    autolink: 'Siehe <https://example.org>\n',
    'code-span': 'Text `a < b`\n\n```\nif (a < b) { }\n```\n',
    'jsx-ok': 'Summe {1 + 1} und <Foo bar="x">Text</Foo>\n',
    'jsx-mismatch': '<a>\n\n</b>\n',
    'import-in-paragraph': 'Text\nimport x from "y"\n',
    'import-broken': '\nimport x from\n\nText\n',
    'export-crlf': 'Text\r\n\r\nexport const a = {\r\n\r\nText\r\n',
    'two-layouts': 'export default function A() {}\n\nText\n\nexport default function B() {}\n',
    'key-after-spread': 'Text\n\n<A {...b} key="x" />\n',
    'pragma-comment': 'Text {/* @jsx h */}\n',
  };

  // Bodies that compile, yet are code rather than Markdown (mdx-policy.ts): reported with the line of the code.
  // The policy names some bodies the compiler rejects more precisely: two layouts at the first `export`, a
  // `key` after a spread at its tag and an expression holding a pragma comment at the expression (the compiler
  // gives no line for either).
  const code: Record<string, number> = { 'jsx-ok': 7, 'two-layouts': 7, 'key-after-spread': 9, 'pragma-comment': 7 };

  it('reports every body a full MDX compile rejects, with the same line, and compiling bodies only when they are code', async () => {
    const names = Object.keys(bodies);
    const problems = await validateContent(
      articlesRoot(Object.fromEntries(names.map((n) => [n, { body: bodies[n]! }])), { 'b.jpg': 'Bild' }),
    );
    for (const name of names) {
      const reported = problems.find((p) => p.file === `content/articles/${name}.mdx` && p.field === 'body');
      let expected: { line?: number } | undefined;
      try {
        await compile(bodies[name]!, { format: 'mdx' });
      } catch (e) {
        const err = e as { line?: number; place?: { line?: number; start?: { line?: number } } };
        const local = err.line ?? err.place?.start?.line ?? err.place?.line;
        // The body starts in line 7 of the file, below five lines of frontmatter between the "---".
        expected = { line: local === undefined ? undefined : local + 6 };
      }
      if (code[name] !== undefined) expected = { line: code[name]! };
      expect(reported && { line: reported.line }, name).toEqual(expected);
    }
  });
});

describe('schemas built once per run', () => {
  const hero = (src: string) => `hero:\n  src: ${src}\n  alt: "Alt"\n  caption: "Bild"\n  credit: "© Test"\n`;

  it('looks for each image next to its own entry', async () => {
    const root = articlesRoot(
      {
        'mit-bild': { extra: hero('bild.jpg'), body: 'Text\n' },
        'ohne-bild': { extra: hero('fehlt.jpg'), body: 'Text\n' },
        'wieder-mit-bild': { extra: hero('bild.jpg'), body: 'Text\n' },
      },
      { 'bild.jpg': await photo(MIN_PHOTO_WIDTH) },
    );
    expect(await reportedFor(root, 'hero.src')).toEqual([
      '✗ content/articles/ohne-bild.mdx – Feld „Titelbild › Bilddatei“ (hero.src): Die Bilddatei wurde nicht gefunden. Bitte das Bild erneut hochladen.',
    ]);
  });

  it('refuses a title photo narrower than the site shows photos, and takes one exactly that wide', async () => {
    const root = articlesRoot(
      {
        schmal: { extra: hero('schmal.jpg'), body: 'Text\n' },
        breit: { extra: hero('breit.jpg'), body: 'Text\n' },
        kaputt: { extra: hero('kaputt.jpg'), body: 'Text\n' },
      },
      { 'schmal.jpg': await photo(600), 'breit.jpg': await photo(MIN_PHOTO_WIDTH), 'kaputt.jpg': 'kein Bild' },
    );
    const heroProblems = (await validateContent(root)).filter((p) => p.field === 'hero.src');
    expect(heroProblems.map((p) => p.file).sort()).toEqual(['content/articles/kaputt.mdx', 'content/articles/schmal.mdx']);
    const narrow = heroProblems.find((p) => p.file.endsWith('schmal.mdx'))!;
    expect(narrow.fieldLabel).toBe('Titelbild › Bilddatei');
    expect(narrow.message).toBe(
      'ist ein Foto von nur 600 Pixel Breite. Fotos brauchen mindestens 1.600 Pixel, damit sie auch auf großen Bildschirmen scharf sind: Bitte das Foto in voller Größe hochladen.',
    );
    expect(heroProblems.find((p) => p.file.endsWith('kaputt.mdx'))!.message).toContain('lässt sich nicht als Foto lesen');
  });

  it('checks references against the entries of this run', async () => {
    const root = articlesRoot({ verweis: { extra: 'towns:\n  - "atlantis"\n', body: 'Text\n' } });
    const [problem] = (await validateContent(root)).filter((p) => p.field === 'towns.0');
    expect(problem?.message).toContain('verweist auf „atlantis“');
  });
});

describe('checks across entries', () => {
  it('refuses the same article twice on one day, not the same title on another day', async () => {
    const root = articlesRoot({ a: { body: 'Text\n' } });
    const dir = path.join(root, 'content/articles');
    writeFileSync(path.join(dir, 'b.mdx'), '---\ntitle: "A"\ngenre: Pressemitteilung\ndate: "2024-01-01"\nlead: "Vorspann."\n---\nText\n');
    writeFileSync(path.join(dir, 'c.mdx'), '---\ntitle: "a"\ngenre: Pressemitteilung\ndate: "2024-02-01"\nlead: "Vorspann."\n---\nText\n');
    expect(await reportedFor(root, 'title')).toEqual([
      '✗ content/articles/b.mdx – Feld „Titel“ (title): „A“ gibt es schon (content/articles/a.mdx). Derselbe Eintrag darf nur einmal vorkommen: bitte den doppelten löschen oder umbenennen.',
    ]);
  });

  it('wants the one settings file and no other', async () => {
    const singleton = 'Es muss genau eine Datei „content/settings/site.yaml“ geben (Einstellungen der Website), keine weitere in „content/settings/“.';
    const root = articlesRoot({ a: { body: 'Text\n' } });
    const ofSettings = async () => (await validateContent(root)).filter((p) => p.file === 'content/settings/site.yaml');
    expect(await ofSettings()).toEqual([{ file: 'content/settings/site.yaml', message: singleton }]);

    mkdirSync(path.join(root, 'content/settings'));
    cpSync(path.join(projectRoot, 'content/settings/site.yaml'), path.join(root, 'content/settings/site.yaml'));
    expect(await ofSettings()).toEqual([]);

    cpSync(path.join(projectRoot, 'content/settings/site.yaml'), path.join(root, 'content/settings/zweite.yaml'));
    expect(await ofSettings()).toEqual([{ file: 'content/settings/site.yaml', message: singleton }]);
  });
});
