/**
 * The `_headers` rules as nginx `location` blocks, for servers that do not read `_headers`.
 *
 * nginx picks exactly one location per request, and `add_header` in a location replaces every
 * `add_header` inherited from the server block. So each block repeats the common headers next to its
 * own: the result is the same header set per path as `headersForPath` gives. `always` adds them to
 * error responses (404) too.
 */
import type { HeaderRule } from './headers-file.ts';
import { headersForPath } from './headers-file.ts';

function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function block(location: string, headers: Record<string, string>, names: Map<string, string>): string[] {
  const lines = [`location ${location} {`];
  for (const [key, value] of Object.entries(headers)) lines.push(`    add_header ${names.get(key) ?? key} ${quote(value)} always;`);
  lines.push('}');
  return lines;
}

/** nginx configuration (to be included inside a `server { … }` block) giving every path the headers of `_headers`. */
export function nginxLocations(rules: readonly HeaderRule[], comment: readonly string[] = []): string {
  const names = new Map<string, string>();
  for (const rule of rules) for (const [name] of rule.headers) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  const out: string[] = comment.map((line) => (line ? `# ${line}` : '#'));
  for (const rule of rules) {
    const { path } = rule;
    let location: string;
    let probe: string;
    if (path.endsWith('/*')) {
      const prefix = path.slice(0, -1);
      // The catch-all becomes the fallback prefix location; nginx prefers longer prefixes.
      location = prefix;
      // A path only this location serves (not the exact ones, not a longer prefix): its headers are the block's.
      probe = `${prefix}\0`;
      // The top-level catch-all serves only missing addresses (every file and folder has its own block):
      // they get the 404 page, so they get its headers, CSP included.
      if (prefix === rules[0]?.path.slice(0, -1) && rules.some((r) => r.path === `${prefix}404.html`)) probe = `${prefix}404.html`;
    } else if (!path.includes('*') && !path.includes(':')) {
      location = `= ${path}`;
      probe = path;
    } else {
      throw new Error(`nginx: Muster „${path}“ wird nicht unterstützt (nur „/pfad/*“ und genaue Pfade).`);
    }
    if (out.length > 0) out.push('');
    out.push(...block(location, headersForPath(rules, probe), names));
  }
  return `${out.join('\n')}\n`;
}
