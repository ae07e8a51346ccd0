/** Compares two build outputs given as file → content hash. */
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
