/** Compares two build outputs given as file → content hash. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir` (paths with "/") → sha256 of its bytes. */
export function fileHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    if (!statSync(full).isFile()) continue;
    hashes.set(file.split(path.sep).join('/'), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return hashes;
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
