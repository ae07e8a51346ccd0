import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from './reader.ts';
import { ALIAS_MESSAGE, checkBodiesWithTimeLimit, fileSizeProblem, MAX_FILE_BYTES, MAX_NESTING, nestingProblem, TIME_LIMIT_MESSAGE, yamlData } from './limits.ts';

describe('file size', () => {
  it('allows up to the limit and names size and limit beyond', () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeUndefined();
    expect(fileSizeProblem(300 * 1024)?.message).toBe(
      'Die Datei ist zu groß (300 KB, erlaubt sind höchstens 200 KB). Bitte den Text kürzen oder auf mehrere Seiten aufteilen; Bilder gehören als eigene Dateien daneben.',
    );
  });
});

describe('nesting depth', () => {
  const nested = (levels: number, marker = '- ') => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}${marker}Punkt`).join('\n');

  it('allows lists and quotes up to the limit', () => {
    expect(nestingProblem(nested(MAX_NESTING))).toBeUndefined();
    expect(nestingProblem('> > - 1. Text\n')).toBeUndefined();
    expect(nestingProblem('Ein - Bindestrich und 3. Platz > Rest\n')).toBeUndefined();
  });

  it('names the first line beyond it, for indented lists, markers on one line and quotes', () => {
    expect(nestingProblem(nested(MAX_NESTING + 1), 7)?.line).toBe(7 + MAX_NESTING);
    expect(nestingProblem('Text\n' + '- '.repeat(3000) + '\\{\n')).toEqual({
      line: 2,
      message: 'Der Text ist zu tief verschachtelt (mehr als 10 Ebenen aus Listen, Zitaten oder Einrückungen). Bitte die Liste flacher gliedern oder die Einrückung am Zeilenanfang entfernen.',
    });
    expect(nestingProblem('>'.repeat(800) + ' Text')?.line).toBe(1);
    expect(nestingProblem('1. '.repeat(20) + 'x')?.line).toBe(1);
  });

  it('scans a large body quickly', () => {
    const started = performance.now();
    nestingProblem('- a\n'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('YAML aliases', () => {
  it('refuses any alias with a German message, also a bomb', () => {
    expect(yamlData(parseYamlDocument('a: &x 1\nb: *x\n'))).toEqual({ problem: { message: ALIAS_MESSAGE } });
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    expect(yamlData(parseYamlDocument(bomb)).problem?.message).toBe(ALIAS_MESSAGE);
  });

  it('reads text that only looks like an alias', () => {
    expect(yamlData(parseYamlDocument('a: "*x"\nb: Fa & Co\n'))).toEqual({ data: { a: '*x', b: 'Fa & Co' } });
  });
});

describe('bodies in a worker with a time limit', () => {
  const job = (body: string) => ({ body, bodyStartLine: 7, contentDir: '/nirgends/content', entryDir: '/nirgends/content/articles' });

  it('answers each body with its findings, in order', async () => {
    const [ok, code] = await checkBodiesWithTimeLimit([job('Text\n'), job('Text\n\n<script>x</script>\n')]);
    expect(ok).toEqual([]);
    expect(code).toEqual([{ line: 9, message: expect.stringContaining('„<script>“ ist im Text nicht erlaubt') }]);
  });

  it('stops a body that takes too long and goes on with the next', async () => {
    const started = performance.now();
    const [slow, next] = await checkBodiesWithTimeLimit([job('a*b'.repeat(20_000)), job('<iframe />\n')], 500);
    expect(slow).toEqual([{ line: 7, message: TIME_LIMIT_MESSAGE }]);
    expect(next).toEqual([{ line: 7, message: expect.stringContaining('„<iframe>“') }]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('YAML too deep to read', () => {
  it('is named, not thrown', () => {
    const deep = parseYamlDocument(`a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`);
    expect(deep.errors[0]?.code).toBe('RESOURCE_EXHAUSTION');
  });
});

describe('validate and build agree', () => {
  it('a body at the nesting limit passes the check and compiles with the MDX compiler the build uses', async () => {
    const body = Array.from({ length: MAX_NESTING }, (_, i) => `${'  '.repeat(i)}- Punkt ${i + 1}`).join('\n') + '\n\n' + '> '.repeat(MAX_NESTING) + 'Zitat\n';
    expect(nestingProblem(body)).toBeUndefined();
    await expect(compile(body, { format: 'mdx' })).resolves.toBeDefined();
  });
});
