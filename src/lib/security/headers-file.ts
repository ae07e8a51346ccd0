/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the build output: writing it, reading it
 * back, and answering "which headers does this path get?" the way those hosts do.
 *
 * Format: a path pattern on its own line, then indented `Name: value` lines; `#` starts a comment.
 * Patterns: `*` matches any characters (slashes included), `:name` one path segment.
 * When several rules match one path, a host applies all of them. If two matching rules set the same header,
 * the hosts disagree (Cloudflare joins the values with a comma, Netlify lets one win), so the rules we
 * write never do that; `conflictingHeaders` checks it.
 */

export interface HeaderRule {
  /** Path pattern, e.g. "/*", "/", "/suche/*". */
  path: string;
  headers: ReadonlyArray<readonly [name: string, value: string]>;
}

export function formatHeadersFile(rules: readonly HeaderRule[], comment: readonly string[] = []): string {
  const lines = comment.map((line) => (line ? `# ${line}` : '#'));
  for (const rule of rules) {
    if (lines.length > 0) lines.push('');
    lines.push(rule.path);
    for (const [name, value] of rule.headers) {
      if (/[\r\n]/.test(value)) throw new Error(`Header ${name} für ${rule.path} enthält einen Zeilenumbruch.`);
      lines.push(`  ${name}: ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, headers: [] });
      continue;
    }
    const current = rules.at(-1);
    const colon = line.indexOf(':');
    if (!current || colon <= 0) throw new Error(`_headers, Zeile ${index + 1}: „${line}“ ist weder Pfad noch Header.`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  let source = '';
  for (const part of pattern.split(/(\*|:[A-Za-z]\w*)/)) {
    if (part === '*') source += '.*';
    else if (part.startsWith(':') && part.length > 1) source += '[^/]+';
    else source += part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export function pathMatches(pattern: string, urlPath: string): boolean {
  return patternToRegExp(pattern).test(urlPath);
}

export function matchingRules(rules: readonly HeaderRule[], urlPath: string): HeaderRule[] {
  return rules.filter((rule) => pathMatches(rule.path, urlPath));
}

/**
 * All headers a path gets, names lower-cased. A header set by two matching rules is joined with ", "
 * (Cloudflare's behaviour, the stricter reading: two CSPs would both apply).
 */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of matchingRules(rules, urlPath)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = key in result ? `${result[key]}, ${value}` : value;
    }
  }
  return result;
}

/** Headers that more than one matching rule sets for this path (hosts resolve that differently). */
export function conflictingHeaders(rules: readonly HeaderRule[], urlPath: string): string[] {
  const seen = new Map<string, number>();
  for (const rule of matchingRules(rules, urlPath)) {
    for (const name of new Set(rule.headers.map(([n]) => n.toLowerCase()))) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([name]) => name);
}
