/**
 * Makes what an editor typed safe to store as MDX, without changing what readers see.
 *
 * In MDX, `{` starts a JavaScript expression, `<` starts a component, and a line beginning with `import` or
 * `export` is JavaScript. An editor who writes "Kinder < 6 Jahre {ca. 5 €}" means text; unescaped, the
 * build breaks or the braces' content silently disappears. So, outside code:
 *   - every `{`, `}` and `<` gets a backslash (`\{` renders `{`),
 *   - `<https://…>` and `<name@example.org>` (Markdown autolinks, which MDX does not support) become
 *     ordinary links `[https://…](https://…)`,
 *   - a line starting with `import ` or `export ` gets its first letter as a character reference.
 * Code spans and fenced code blocks stay exactly as typed. Already escaped characters stay as they are, so
 * running it twice changes nothing (each save runs it again).
 */

const URL_AUTOLINK = /^<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>()]*)>/;
const EMAIL_AUTOLINK = /^<([^\s<>()@\\[\]]+@[^\s<>()@\\[\]]+\.[^\s<>()@\\[\]]+)>/;
const ESM_LINE = /^(import|export)(?=[\s{*]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Position just after the code span that starts with a backtick run at `start`, or -1 if it is not closed. */
function codeSpanEnd(text: string, start: number, run: number): number {
  let i = start + run;
  while (i < text.length) {
    const next = text.indexOf('`', i);
    if (next === -1) return -1;
    let n = 0;
    while (text[next + n] === '`') n++;
    if (n === run) return next + n;
    i = next + n;
  }
  return -1;
}

function escapeProse(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const lineStart = i === 0 || text[i - 1] === '\n';
    if (lineStart) {
      const esm = ESM_LINE.exec(text.slice(i));
      if (esm) {
        out += `&#${esm[1]!.charCodeAt(0)};`;
        i += 1;
        continue;
      }
    }
    if (c === '\\') {
      // A backslash and the character after it form a pair: "\{" is already safe, "\\" is a backslash.
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '`') {
      let run = 0;
      while (text[i + run] === '`') run++;
      const end = codeSpanEnd(text, i, run);
      const stop = end === -1 ? i + run : end;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '<') {
      const rest = text.slice(i);
      const url = URL_AUTOLINK.exec(rest);
      const mail = url ? undefined : EMAIL_AUTOLINK.exec(rest);
      if (url) {
        out += `[${url[1]}](${url[1]})`;
        i += url[0].length;
        continue;
      }
      if (mail) {
        out += `[${mail[1]}](mailto:${mail[1]})`;
        i += mail[0].length;
        continue;
      }
    }
    out += c === '{' || c === '}' || c === '<' ? `\\${c}` : c;
    i += 1;
  }
  return out;
}

export function escapeMdx(body: string): string {
  const out: string[] = [];
  let prose: string[] = [];
  let fence: { char: string; length: number } | undefined;
  const flush = () => {
    if (prose.length) out.push(escapeProse(prose.join('\n')));
    prose = [];
  };
  for (const line of body.split('\n')) {
    if (fence) {
      out.push(line);
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && line.trim() === close[1]) {
        fence = undefined;
      }
      continue;
    }
    const open = FENCE.exec(line);
    if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) {
      flush();
      fence = { char: open[1]![0]!, length: open[1]!.length };
      out.push(line);
      continue;
    }
    prose.push(line);
  }
  flush();
  return out.join('\n');
}
