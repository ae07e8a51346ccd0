/** Compares two build outputs given as file → content hash. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file below `dir` (paths with "/") → sha256 of its bytes. With `normalise`, each file and its name
 * first go through it (see withoutPathDerivedIds).
 */
export function fileHashes(dir: string, normalise?: (file: string, bytes: Buffer) => [string, Buffer]): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    if (!statSync(full).isFile()) continue;
    const [name, bytes] = normalise ? normalise(file.split(path.sep).join('/'), readFileSync(full)) : [file.split(path.sep).join('/'), readFileSync(full)];
    hashes.set(name, createHash('sha256').update(bytes).digest('hex'));
  }
  return hashes;
}

const TEXT = /\.(html|css|js|xml|json|txt|webmanifest|ics|csv|svg)$|(^|\/)_headers$/;
const SCOPE_ID = /data-astro-cid-[a-z0-9]{8}/g;
const ASSET_HASH = /(_astro\/[\w.-]+?)\.[\w-]{8}\.(css|js)\b/g;
const STYLE_HASHES = /'sha256-[A-Za-z0-9+/=]{44}'( 'sha256-[A-Za-z0-9+/=]{44}')*/g;
const HEAD_STYLES = /(?:<style>[\s\S]*?<\/style>|<link rel="stylesheet" href="[^"]*">)+/g;

/**
 * Astro derives three things from a component's file path, not from its code: the id of its scoped styles
 * (`data-astro-cid-…`), the order in which the styles of several components stand in a page's head, and so
 * the hashes of those styles (in the CSP of `_headers`) and of the CSS bundle's file name. Moving a component
 * to another folder changes these and nothing else. This sets them aside: scope ids become one name, the run
 * of style elements in the head is split into single rules and sorted (Astro also groups them into a
 * different number of elements), the CSP's list of style hashes and asset-name hashes are dropped. Everything else (markup, text, attributes, the CSS rules themselves) is compared as it is.
 */
export function withoutPathDerivedIds(file: string, bytes: Buffer): [string, Buffer] {
  const name = file.replace(ASSET_HASH, '$1.$2');
  if (!TEXT.test(file)) return [name, bytes];
  const text = bytes
    .toString('utf8')
    .replace(SCOPE_ID, 'data-astro-cid')
    .replace(ASSET_HASH, '$1.$2')
    .replace(STYLE_HASHES, "'sha256-…'")
    .replace(HEAD_STYLES, (run) =>
      run
        .replace(/<\/?style>/g, '\n')
        .replace(/(<link[^>]*>)/g, '\n$1\n')
        .replace(/\}\s*(@layer|\.)/g, '}\n$1')
        .split('\n')
        .filter((l) => l.trim())
        .sort()
        .join('\n'),
    );
  return [name, Buffer.from(text)];
}

export interface TreeDiff {
  changed: string[];
  onlyInFirst: string[];
  onlyInSecond: string[];
}

export function diffTrees(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): TreeDiff {
  const diff: TreeDiff = { changed: [], onlyInFirst: [], onlyInSecond: [] };
  for (const [file, hash] of first) {
    if (!second.has(file)) diff.onlyInFirst.push(file);
    else if (second.get(file) !== hash) diff.changed.push(file);
  }
  for (const file of second.keys()) if (!first.has(file)) diff.onlyInSecond.push(file);
  for (const list of Object.values(diff)) list.sort();
  return diff;
}

/** Removes the files a pattern list allows to differ (exact path or trailing "*" prefix). */
export function withoutAllowed(diff: TreeDiff, allowed: readonly string[]): TreeDiff {
  const isAllowed = (file: string) => allowed.some((pattern) => (pattern.endsWith('*') ? file.startsWith(pattern.slice(0, -1)) : file === pattern));
  return {
    changed: diff.changed.filter((f) => !isAllowed(f)),
    onlyInFirst: diff.onlyInFirst.filter((f) => !isAllowed(f)),
    onlyInSecond: diff.onlyInSecond.filter((f) => !isAllowed(f)),
  };
}
