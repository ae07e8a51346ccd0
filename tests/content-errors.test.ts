/**
 * Bad input never reaches the public: each fixture adds broken content to a copy of the real project,
 * and the content check must name the file, the field and the problem in plain German. The build runs
 * that same check first (src/integrations/content-guard.ts), so a real `npm run build` is made for one
 * fixture of each kind of failure only, and must stop with the same words before any page is written.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import { copyProject, npmRun, projectRoot } from './support/project.ts';

interface Expectation {
  file: string;
  field?: string;
  contains: string[];
}

const fixturesDir = path.join(projectRoot, 'tests/fixtures/bad-content');
const cases = readdirSync(fixturesDir).sort();
/**
 * The fixtures that also go through a real build: one for each way the check finds a problem (a file that
 * cannot be read, a file name, a field of one entry, a rule across fields, a reference to another entry, an
 * MDX body, a photo file).
 */
const BUILT = new Set(['malformed-yaml', 'bad-file-name', 'missing-required', 'end-before-start', 'unknown-reference', 'mdx-stray-brace', 'narrow-photo']);
const copies: string[] = [];

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function prepare(name: string): { dir: string; expected: Expectation } {
  const dir = copyProject(`asskomm-bad-${name}-`);
  copies.push(dir);
  cpSync(path.join(fixturesDir, name, 'content'), path.join(dir, 'content'), { recursive: true });
  const expected = JSON.parse(readFileSync(path.join(fixturesDir, name, 'expect.json'), 'utf8')) as Expectation;
  return { dir, expected };
}

function htmlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

it('has at least 12 kinds of bad content, and builds those named to be built', () => {
  expect(cases.length).toBeGreaterThanOrEqual(12);
  expect([...BUILT].filter((name) => !cases.includes(name))).toEqual([]);
});

it('the real content passes the same check', async () => {
  const problems = await validateContent(projectRoot);
  expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
});

describe.each(cases)('bad content: %s', (name) => {
  const { dir, expected } = prepare(name);

  it('is named with file, field and the problem in German by the content check', async () => {
    const problems = await validateContent(dir);
    const hit = problems.find((p) => p.file === expected.file && (expected.field === undefined || p.field === expected.field));
    expect(hit, formatProblems(problems)).toBeDefined();
    const line = formatProblems([hit!]);
    for (const words of expected.contains) expect(line).toContain(words);
    if (expected.field) expect(line).toContain(`(${expected.field})`);
  });

  if (BUILT.has(name)) it('stops a real build before any page is written', () => {
    const outDir = path.join(dir, 'dist');
    const result = npmRun(dir, 'build', { OUT_DIR: outDir });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(expected.file);
    for (const words of expected.contains) expect(output).toContain(words);
    expect(htmlFilesIn(outDir)).toEqual([]);
  });
});
