/** Content entries read straight from content/ with the `yaml` package: tests compute expectations from them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlDocument, splitFrontmatter } from '../../src/lib/content/reader.ts';
import { projectRoot } from './project.ts';

export interface RawEntry<T = Record<string, unknown>> {
  id: string;
  data: T;
}

/** YAML files, or the front matter of MDX files, of one collection, by id. */
export function contentEntries<T = Record<string, unknown>>(collection: string): RawEntry<T>[] {
  const dir = path.join(projectRoot, 'content', collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|mdx)$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const yaml = f.endsWith('.mdx') ? (splitFrontmatter(text).frontmatter ?? '') : text;
      return { id: f.replace(/\.[^.]+$/, ''), data: (parseYamlDocument(yaml).toJS() ?? {}) as T };
    });
}
