import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Number and total size of the files below `dir` (zero for a missing folder), e.g. Pagefind's index. */
export function dirSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(path.join(dir, f));
    if (s.isFile()) {
      files++;
      bytes += s.size;
    }
  }
  return { files, bytes };
}
