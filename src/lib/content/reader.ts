/**
 * How a content file is read: where an MDX file's front matter ends and its body begins, and how YAML is
 * parsed. One rule for the content check (validate.ts), the CMS's file format (lib/cms/file-format.ts) and the
 * tests that compute expectations from content/, so the three can never disagree about a file.
 */
import { parseDocument, type Document } from 'yaml';

export interface SplitFile {
  /** The YAML between the opening and the closing "---" line ('' for an empty header); absent without a header. */
  frontmatter?: string;
  /** Everything after the closing "---" line, exactly as typed. */
  body: string;
  /** The line of the file (from 1) on which the body starts. */
  bodyStartLine: number;
}

/**
 * The file starts with a line "---"; the header ends at the next line that is "---" (trailing blanks
 * allowed); an empty header ("---" right after "---") is a header without fields.
 */
const FRONTMATTER = /^---[ \t]*\r?\n((?:[\s\S]*?\r?\n)??)---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(text: string): SplitFile {
  const m = FRONTMATTER.exec(text);
  if (!m) return { body: text, bodyStartLine: 1 };
  const head = m[0];
  return { frontmatter: m[1], body: text.slice(head.length), bodyStartLine: head.split('\n').length };
}

/**
 * YAML as every reader of content parses it: YAML 1.2 (so "2023-08-09" stays text, as Astro's loader is
 * given it by the CMS's quoting) and a field named twice is an error.
 */
export function parseYamlDocument(text: string): Document.Parsed {
  return parseDocument(text, { prettyErrors: false, uniqueKeys: true });
}
