import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { escapeMdx } from './escape-mdx.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Compiles like the site does (MDX) and returns the HTML tree a reader gets. */
async function render(mdx: string): Promise<HastNode> {
  let tree: HastNode | undefined;
  await compile(mdx, { rehypePlugins: [() => (t: HastNode) => void (tree = t)] });
  return tree!;
}

function textOf(n: HastNode): string {
  if (n.type === 'text') return n.value ?? '';
  return (n.children ?? []).map(textOf).join('');
}

function find(n: HastNode, tag: string): HastNode | undefined {
  if (n.tagName === tag) return n;
  for (const c of n.children ?? []) {
    const hit = find(c, tag);
    if (hit) return hit;
  }
  return undefined;
}

describe('escapeMdx', () => {
  it('keeps "<", "{" and "}" in running text exactly as the editor typed them', async () => {
    const typed = 'Kinder < 6 Jahre {ca. 5 €}';
    const tree = await render(escapeMdx(typed));
    expect(textOf(tree)).toBe(typed);
  });

  it('turns what would otherwise break the build into text', async () => {
    const typed = ['Preis: {a: 1}', '', 'Tags wie <b>fett</b> und <Komponente /> bleiben Text.', '', 'a <!-- kein Kommentar --> b'].join('\n');
    await expect(render(typed)).rejects.toThrow();
    const tree = await render(escapeMdx(typed));
    expect(textOf(tree)).toBe('Preis: {a: 1}\nTags wie <b>fett</b> und <Komponente /> bleiben Text.\na <!-- kein Kommentar --> b');
  });

  it('does not let an expression swallow text silently', async () => {
    const typed = 'Vorher {versteckt} nachher';
    expect(textOf(await render(typed))).toBe('Vorher  nachher');
    expect(textOf(await render(escapeMdx(typed)))).toBe(typed);
  });

  it('keeps a brace after a typed backslash: "\\\\{" is a backslash, then a brace', async () => {
    const typed = 'Pfad C:\\\\{Ordner}';
    expect(textOf(await render(escapeMdx(typed)))).toBe('Pfad C:\\{Ordner}');
  });

  it('leaves characters the editor escaped already as they are', () => {
    expect(escapeMdx('a \\< b \\{c\\}')).toBe('a \\< b \\{c\\}');
  });

  it('is idempotent: saving an entry again changes nothing', () => {
    const typed = 'x < y {z} <https://example.org> `a < b` import y\n\nimport x\n\n```\n{code}\n```';
    const once = escapeMdx(typed);
    expect(escapeMdx(once)).toBe(once);
  });

  it('keeps code spans and fenced code blocks exactly as typed', async () => {
    const typed = ['Code: `if (a < b) { c }` Ende.', '', '```js', 'const x = { y: 1 } < 2;', '```', '', '~~~~', '<div>{x}</div>', '~~~~'].join('\n');
    const escaped = escapeMdx(typed);
    expect(escaped).toBe(typed);
    const tree = await render(escaped);
    expect(textOf(find(tree, 'code')!)).toBe('if (a < b) { c }');
    expect(textOf(tree)).toContain('const x = { y: 1 } < 2;');
    expect(textOf(tree)).toContain('<div>{x}</div>');
  });

  it('escapes after an unclosed backtick, which is plain text', async () => {
    const typed = 'Ein ` allein und {x}';
    expect(textOf(await render(escapeMdx(typed)))).toBe(typed);
  });

  it('turns Markdown autolinks, which MDX does not know, into links', async () => {
    const typed = 'Mehr unter <https://www.lpr.sachsen.de/> oder <lpr@smi.sachsen.de>.';
    await expect(render(typed)).rejects.toThrow();
    const tree = await render(escapeMdx(typed));
    expect(textOf(tree)).toBe('Mehr unter https://www.lpr.sachsen.de/ oder lpr@smi.sachsen.de.');
    expect(find(tree, 'a')?.properties?.href).toBe('https://www.lpr.sachsen.de/');
  });

  it('keeps a line starting with "import" or "export" as text', async () => {
    const typed = 'Erster Absatz.\n\nimport und export von Waren {gesamt}';
    await expect(render(typed)).rejects.toThrow();
    expect(textOf(await render(escapeMdx(typed)))).toBe('Erster Absatz.\nimport und export von Waren {gesamt}');
  });

  it('leaves ordinary Markdown alone', () => {
    const md = '## Zwischenüberschrift\n\nEin [Link](https://example.org/) und **fett**.\n\n- Punkt\n- > Zitat';
    expect(escapeMdx(md)).toBe(md);
  });
});
