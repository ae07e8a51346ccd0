/**
 * A body is Markdown, not code. Every MDX body is parsed with the real MDX parser (the one the build uses)
 * and refused when it holds
 * - ESM (`import …`, `export …`), which would run on the build machine,
 * - expressions (`{…}`), which are JavaScript as well,
 * - any HTML or JSX tag except the site's own components editors may use (EDITOR_TAGS),
 * - links, images or reference definitions to addresses other than http(s), mailto, tel, paths and anchors
 *   (urls.ts; the parser has already decoded entities such as `&#106;avascript:`).
 * Each finding names the line and says in German what to write instead. The CMS escapes `{`, `<` …
 * (src/lib/cms/escape-mdx.ts); this check is the wall behind it for everything else that writes content/.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Nodes, Root } from 'mdast';
import { EDITOR_TAGS, type EditorTagSpec } from '../../components/prose/editor-tags.ts';
import { nestingProblem } from './limits.ts';
import { urlProblem } from './urls.ts';

export interface BodyFinding {
  /** Line in the file (from 1), when known. */
  line?: number;
  message: string;
}

export interface BodyOptions {
  /** The line of the file on which the body starts (from 1). */
  bodyStartLine?: number;
  /** Why a relative image path of the body may not be used (outside content/, not a photo); see files.ts. */
  imageProblem?: (src: string) => string | undefined;
}

/** One parser for all bodies (setting one up costs more than parsing a page). */
const parser = createProcessor({ format: 'mdx' });

export const SYNTAX_MESSAGE =
  'Der Text lässt sich nicht verarbeiten: Die Zeichen „{“, „}“ und „<“ gelten im Text als Code. ' +
  'Soll das Zeichen im Text stehen, schreiben Sie einen Rückstrich davor: „\\{“, „\\}“ oder „\\<“.';

const ESM_MESSAGE =
  'Zeilen, die mit „import“ oder „export“ beginnen, sind Programmcode und im Text nicht erlaubt. Soll das Wort am Zeilenanfang stehen, schreiben Sie einen Rückstrich davor („\\import“) oder stellen Sie ein anderes Wort voran.';

const EXPRESSION_MESSAGE =
  'Geschweifte Klammern „{…}“ sind Programmcode und im Text nicht erlaubt. Soll die Klammer im Text stehen, schreiben Sie einen Rückstrich davor: „\\{“ und „\\}“.';

/** What to write in Markdown instead of a tag editors tend to reach for. */
const INSTEAD: Record<string, string> = {
  a: 'Links schreiben Sie so: [Linktext](https://…).',
  img: 'Bilder schreiben Sie so: ![Beschreibung des Bildes](bild.jpg).',
  b: 'Fett schreiben Sie so: **fett**.',
  strong: 'Fett schreiben Sie so: **fett**.',
  i: 'Kursiv schreiben Sie so: *kursiv*.',
  em: 'Kursiv schreiben Sie so: *kursiv*.',
  br: 'Einen neuen Absatz beginnen Sie mit einer Leerzeile.',
  p: 'Einen neuen Absatz beginnen Sie mit einer Leerzeile.',
  h2: 'Zwischenüberschriften schreiben Sie so: ## Überschrift.',
  h3: 'Zwischenüberschriften schreiben Sie so: ### Überschrift.',
  ul: 'Listen schreiben Sie mit „- “ am Zeilenanfang.',
  ol: 'Nummerierte Listen schreiben Sie mit „1. “ am Zeilenanfang.',
  li: 'Listenpunkte schreiben Sie mit „- “ am Zeilenanfang.',
};

function tagMessage(name: string | null): string {
  const tag = name ?? '';
  const allowed = Object.keys(EDITOR_TAGS).map((t) => `<${t} />`).join(', ');
  const instead = INSTEAD[tag.toLowerCase()] ?? 'Bitte schreiben Sie reinen Text mit Markdown-Formatierung.';
  return `Der Code „<${tag}>“ ist im Text nicht erlaubt (erlaubt sind nur ${allowed}). ${instead} Soll „<“ als Zeichen im Text stehen, schreiben Sie „\\<“.`;
}

type JsxAttributes = Extract<Nodes, { type: 'mdxJsxFlowElement' }>['attributes'];

/** What is wrong with the attributes of one of the editor tags: unknown, missing, written as code, or a wrong value. */
function attributeProblem(name: string, spec: EditorTagSpec, attributes: JsxAttributes): string | undefined {
  const example = spec.attributes.length === 0 ? `<${name} />` : `<${name} ${spec.attributes.map((a) => `${a}="…"`).join(' ')} />`;
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || !spec.attributes.includes(a.name) || (a.value !== null && typeof a.value !== 'string')) {
      return spec.attributes.length === 0
        ? `<${name} /> erwartet keine weiteren Angaben. Bitte genau so schreiben: <${name} />`
        : `<${name} /> kennt nur die Angaben ${spec.attributes.join(', ')}, jeweils als Text in Anführungszeichen. Bitte so schreiben: ${example}`;
    }
    const problem = spec.valueProblem?.(a.name, a.value as string | null);
    if (problem) return problem;
  }
  const given = new Set(attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '')));
  const missing = (spec.required ?? []).filter((r) => !given.has(r));
  if (missing.length > 0) return `<${name} /> braucht die Angabe ${missing.map((m) => `${m}="…"`).join(', ')}. Bitte so schreiben: ${example}`;
  return undefined;
}

/** Everything wrong with one MDX body, in reading order; empty when it is plain Markdown. */
export function checkBody(body: string, options: BodyOptions = {}): BodyFinding[] {
  const start = options.bodyStartLine ?? 1;
  const nesting = nestingProblem(body, start);
  if (nesting) return [nesting];

  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (e) {
    const err = e as { line?: number; place?: { line?: number; start?: { line?: number } } };
    const local = err.line ?? err.place?.start?.line ?? err.place?.line;
    if (e instanceof RangeError) {
      return [{ message: 'Der Text ist zu tief verschachtelt und lässt sich nicht verarbeiten. Bitte Listen und Zitate flacher gliedern.' }];
    }
    // A tag that breaks the parser (`<style>p { … }</style>`) is named as the tag it is.
    const tag = local !== undefined ? /<([A-Za-z][\w.:-]*)/.exec(body.split('\n')[local - 1] ?? '')?.[1] : undefined;
    const message = tag !== undefined && !Object.hasOwn(EDITOR_TAGS, tag) ? tagMessage(tag) : SYNTAX_MESSAGE;
    return [{ line: local !== undefined ? local + start - 1 : undefined, message }];
  }

  const findings: BodyFinding[] = [];
  const at = (node: Nodes, message: string) => {
    const local = node.position?.start.line;
    findings.push({ line: local !== undefined ? local + start - 1 : undefined, message });
  };
  // Depth-first without recursion, children in order.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, ESM_MESSAGE);
        continue;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, EXPRESSION_MESSAGE);
        continue;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const spec = node.name !== null && Object.hasOwn(EDITOR_TAGS, node.name) ? EDITOR_TAGS[node.name as keyof typeof EDITOR_TAGS] : undefined;
        if (!spec) {
          at(node, tagMessage(node.name));
          continue;
        }
        const tagSpec: EditorTagSpec = spec;
        const problem = attributeProblem(node.name!, tagSpec, node.attributes);
        if (problem) at(node, problem);
        break;
      }
      case 'html':
        at(node, tagMessage(/^<\/?([A-Za-z][\w-]*)/.exec(node.value)?.[1] ?? null));
        continue;
      case 'link':
      case 'image':
      case 'definition': {
        const problem = urlProblem(node.url);
        if (problem) at(node, problem);
        else if (node.type === 'image' && options.imageProblem) {
          const imageProblem = options.imageProblem(node.url);
          if (imageProblem) at(node, imageProblem);
        }
        break;
      }
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return findings;
}
