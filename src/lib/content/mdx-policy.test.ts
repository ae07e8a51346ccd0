import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../tests/support/project.ts';
import { splitFrontmatter } from './reader.ts';
import { checkBody, SYNTAX_MESSAGE } from './mdx-policy.ts';

const messages = (body: string) => checkBody(body).map((f) => `${f.line}: ${f.message}`);

describe('bodies are Markdown', () => {
  it('passes Markdown: headings, lists, quotes, links, emphasis, code, escaped characters', () => {
    const body = '## Titel\n\n- a\n  - b\n\n> Zitat\n\n[Link](https://example.org) und [Mail](mailto:a@b.de) und [Seite](/datenschutz/)\n\n**fett** \\{ \\} \\< a &lt; b\n\n```\nif (a < b) { }\n```\n\n[ziel]: https://example.org\n';
    expect(checkBody(body)).toEqual([]);
  });

  it('passes the component editors may use, without attributes', () => {
    expect(checkBody('## Prüfung\n\n<AccessibilityChecks />\n')).toEqual([]);
    expect(messages('<AccessibilityChecks level="AA" />\n')).toEqual(['1: <AccessibilityChecks /> erwartet keine weiteren Angaben. Bitte genau so schreiben: <AccessibilityChecks />']);
    expect(messages('<AccessibilityChecks {...props} />\n')).toHaveLength(1);
  });

  it('passes <OperatorValue /> with its known attributes and a field of the settings, refuses anything else', () => {
    expect(checkBody('<OperatorValue field="operator.phone" label="Telefon: " after="." block />\n')).toEqual([]);
    expect(messages('<OperatorValue field="passwort" />\n')).toEqual([
      expect.stringMatching(/^1: <OperatorValue field="…" \/> kennt das Feld „passwort“ nicht\. Möglich sind: publisher, contactEmail, /),
    ]);
    expect(messages('<OperatorValue label="x" />\n')).toEqual([
      '1: <OperatorValue /> braucht die Angabe field="…". Bitte so schreiben: <OperatorValue field="…" label="…" after="…" block="…" />',
    ]);
    expect(messages('<OperatorValue field="publisher" onclick="x" />\n')).toEqual([
      '1: <OperatorValue /> kennt nur die Angaben field, label, after, block, jeweils als Text in Anführungszeichen. Bitte so schreiben: <OperatorValue field="…" label="…" after="…" block="…" />',
    ]);
    expect(messages('<OperatorValue field={process.env.X} />\n')).toHaveLength(1);
  });

  it('refuses ESM with what to write instead', () => {
    expect(messages('Text\n\nimport fs from "node:fs"\n')).toEqual([
      '3: Zeilen, die mit „import“ oder „export“ beginnen, sind Programmcode und im Text nicht erlaubt. Soll das Wort am Zeilenanfang stehen, schreiben Sie einen Rückstrich davor („\\import“) oder stellen Sie ein anderes Wort voran.',
    ]);
    expect(messages('export const a = 1\n')).toHaveLength(1);
  });

  it('refuses expressions, in text and as a block', () => {
    expect(messages('Es gilt {process.env.X}.\n')).toEqual([
      '1: Geschweifte Klammern „{…}“ sind Programmcode und im Text nicht erlaubt. Soll die Klammer im Text stehen, schreiben Sie einen Rückstrich davor: „\\{“ und „\\}“.',
    ]);
    expect(messages('a\n\n{1 + 1}\n')).toHaveLength(1);
  });

  it('refuses every other tag, HTML or JSX, and says what to write in Markdown', () => {
    expect(messages('Text <b>fett</b>\n')).toEqual([
      '1: Der Code „<b>“ ist im Text nicht erlaubt (erlaubt sind nur <AccessibilityChecks />, <OperatorValue />). Fett schreiben Sie so: **fett**. Soll „<“ als Zeichen im Text stehen, schreiben Sie „\\<“.',
    ]);
    for (const tag of ['<script>x</script>', '<iframe />', '<base href="/" />', '<form action="/x"></form>', '<meta http-equiv="refresh" />', '<Foo />', '<svg><script>x</script></svg>', '<a href="javascript:x">x</a>']) {
      expect(messages(`${tag}\n`), tag).toEqual([expect.stringMatching(/^1: Der Code „<[a-zA-Z]+>“ ist im Text nicht erlaubt/)]);
    }
    expect(messages('<>x</>\n')).toEqual([expect.stringContaining('Der Code „<>“')]);
  });

  it('names a tag the parser cannot read as the tag, other breakage with the general message', () => {
    expect(messages('Text\n\n<style>p { color: red }</style>\n')).toEqual([expect.stringMatching(/^3: Der Code „<style>“ ist im Text nicht erlaubt/)]);
    expect(messages('Ein { hier\n')).toEqual([`1: ${SYNTAX_MESSAGE}`]);
  });

  it('refuses links, images and definitions to other schemes, entities decoded', () => {
    expect(messages('[x](javascript:alert(1))\n')).toEqual([expect.stringMatching(/^1: Die Adresse „javascript:alert\(1\)“ ist nicht erlaubt/)]);
    expect(messages('[x](&#106;avascript:alert(1))\n')).toEqual([expect.stringContaining('„javascript:alert(1)“')]);
    expect(messages('![x](data:image/svg+xml;base64,PHN2Zz4=)\n')).toHaveLength(1);
    expect(messages('Text\n\n[x]: vbscript:x\n')).toEqual([expect.stringMatching(/^3: Die Adresse „vbscript:x“/)]);
  });

  it('asks about relative images, not about addresses', () => {
    const seen: string[] = [];
    const findings = checkBody('![a](bild.jpg) ![b](https://example.org/b.jpg)\n', {
      bodyStartLine: 7,
      imageProblem: (src) => (seen.push(src), src === 'bild.jpg' ? 'fehlt' : undefined),
    });
    expect(findings).toEqual([{ line: 7, message: 'fehlt' }]);
  });

  it('counts lines from where the body starts in the file', () => {
    expect(checkBody('a\n\n<iframe />\n', { bodyStartLine: 7 })[0]?.line).toBe(9);
  });

  it('passes every body of the real content', () => {
    for (const folder of ['content/articles', 'content/pages']) {
      for (const name of readdirSync(path.join(projectRoot, folder))) {
        const { body } = splitFrontmatter(readFileSync(path.join(projectRoot, folder, name), 'utf8'));
        expect(checkBody(body), `${folder}/${name}`).toEqual([]);
      }
    }
  });
});
