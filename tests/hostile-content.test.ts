/**
 * Hostile content, as someone with write access to content/ would try it (one Git commit or a stolen editor
 * login): each fixture in tests/fixtures/hostile-content/ adds one payload to a copy of the real content,
 * and the content check (the same that runs before every build) must refuse it with exactly the German
 * message in the fixture's expect.json, naming file and field or line, and answer within seconds.
 * What happens to each payload is listed in tests/fixtures/hostile-content/README.md.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';
import { copyProject, npmRun, projectRoot } from './support/project.ts';

const fixturesDir = path.join(projectRoot, 'tests/fixtures/hostile-content');
const cases = readdirSync(fixturesDir)
  .filter((name) => statSync(path.join(fixturesDir, name)).isDirectory())
  .sort();
const copies: string[] = [];

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder with the real content/ plus the fixture's files (and its symbolic link, if it has one). */
function prepare(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `asskomm-hostile-${name}-`));
  copies.push(dir);
  cpSync(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
  const own = path.join(fixturesDir, name, 'content');
  if (existsSync(own)) cpSync(own, path.join(dir, 'content'), { recursive: true });
  const link = path.join(fixturesDir, name, 'symlink.json');
  if (existsSync(link)) {
    // Git would store the link as a link; the test makes it, so the fixture cannot point into this machine by accident.
    const { path: at, target } = JSON.parse(readFileSync(link, 'utf8')) as { path: string; target: string };
    symlinkSync(target, path.join(dir, at));
  }
  return dir;
}

function lines(problems: Awaited<ReturnType<typeof validateContent>>): string[] {
  return formatProblems(problems).split('\n').slice(1);
}

it('has a fixture for every payload of issue 14 and the README lists each', () => {
  expect(cases.length).toBeGreaterThanOrEqual(22);
  const readme = readFileSync(path.join(fixturesDir, 'README.md'), 'utf8');
  for (const name of cases) expect(readme, name).toContain(`\`${name}\``);
});

it('the real content passes the same check', async () => {
  const problems = await validateContent(projectRoot);
  expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
});

describe.each(cases)('hostile content: %s', (name) => {
  it('is refused with its German message naming file and field or line, within seconds', async () => {
    const expected = JSON.parse(readFileSync(path.join(fixturesDir, name, 'expect.json'), 'utf8')) as { problems: string[] };
    const dir = prepare(name);
    const started = performance.now();
    const problems = await validateContent(dir);
    const seconds = (performance.now() - started) / 1000;
    expect(lines(problems)).toEqual(expected.problems);
    expect(expected.problems.length).toBeGreaterThan(0);
    for (const line of expected.problems) expect(line).toMatch(/^✗ content\/\S+(?:, Zeile \d+)?(?: – Feld „[^“]+“ \([\w.]+\))?: \S/);
    // 3 s time limit per body (limits.ts) plus starting the worker and reading the real content.
    expect(seconds).toBeLessThan(8);
  });
});

it('a real build stops on hostile content before any page is written', () => {
  // One payload suffices: the build runs the very check above (src/integrations/content-guard.ts).
  const dir = copyProject('asskomm-hostile-build-');
  copies.push(dir);
  cpSync(path.join(fixturesDir, 'script-tag', 'content'), path.join(dir, 'content'), { recursive: true });
  const expected = JSON.parse(readFileSync(path.join(fixturesDir, 'script-tag', 'expect.json'), 'utf8')) as { problems: string[] };
  const outDir = path.join(dir, 'dist');
  const result = npmRun(dir, 'build', { OUT_DIR: outDir });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain(expected.problems[0]);
  const pages = existsSync(outDir) ? readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')) : [];
  expect(pages).toEqual([]);
}, 240_000);
