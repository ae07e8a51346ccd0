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

/*
 * How the files of each collection look, as far as tests read them: references are plain ids, dates plain
 * text. The rules themselves (which field is required, which values are allowed) are in src/model/.
 */
export interface SourceYaml {
  title: string;
  url?: string;
  date?: string;
}
export interface ParticipantYaml {
  person?: string;
  role?: string;
  organisation?: string;
  description?: string;
}
export interface TownYaml {
  name: string;
  kind: string;
  ags?: string;
  members?: string[];
  milestones?: { kind: string; date?: string; note?: string }[];
}
export interface AgreementYaml {
  title: string;
  kind: string;
  towns: string[];
  date?: string;
  dateUncertain?: boolean;
  number?: number;
  signedBy: ParticipantYaml[];
  present?: ParticipantYaml[];
  summary?: string;
  note?: string;
}
export interface EventYaml {
  title: string;
  kind: string;
  date: string;
  startTime?: string;
  endTime?: string;
  summary?: string;
  note?: string;
  venue: { name?: string; street?: string; postcode?: string; city: string };
  audience: string[];
  town?: string;
  campaign?: string;
  organiser?: string;
  sources?: SourceYaml[];
}
export interface ArticleYaml {
  title: string;
  genre: string;
  date: string;
  dateUncertain?: boolean;
  lead: string;
  draft?: boolean;
  towns?: string[];
  people?: string[];
  agreements?: string[];
  campaigns?: string[];
  events?: string[];
  topics?: string[];
  sources?: SourceYaml[];
}
