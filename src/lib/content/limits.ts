/**
 * Limits that keep the content check fast and safe on any file: how large a content file may be, how
 * deeply lists and quotes may be nested in a body, and that YAML may not use aliases (`&name` / `*name`,
 * which the CMS never writes and which can multiply a small file into gigabytes: an "alias bomb").
 *
 * The depth scan is cheap (one pass over the lines) and runs before the MDX parser, which needs time and
 * stack in proportion to the nesting: 800 nested levels overflow its stack, 3,000 with `\{` keep it busy for
 * minutes. Whatever passes these limits also compiles in the build (validate and build agree).
 */
import { Worker } from 'node:worker_threads';
import type { Document } from 'yaml';

/** The largest content file in use is about 5 KB; 200 KB is far more than any article needs. */
export const MAX_FILE_BYTES = 200 * 1024;

/** Lists in lists in quotes …: the site uses at most 2 levels; 10 is plenty for any text. */
export const MAX_NESTING = 10;

export interface LimitProblem {
  line?: number;
  message: string;
}

export function fileSizeProblem(bytes: number): LimitProblem | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const kb = (n: number) => `${Math.ceil(n / 1024).toLocaleString('de-DE')} KB`;
  return {
    message: `Die Datei ist zu groß (${kb(bytes)}, erlaubt sind höchstens ${kb(MAX_FILE_BYTES)}). Bitte den Text kürzen oder auf mehrere Seiten aufteilen; Bilder gehören als eigene Dateien daneben.`,
  };
}

/** One container marker at the start of a line: a quote ">" or a list bullet/number followed by a blank. */
const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/**
 * An upper estimate of the nesting of each line: its container markers ("> - 1. ") plus its indentation
 * (a nested list item is indented by at least two columns per level). Returns the first line (from 1)
 * over the limit.
 */
export function nestingProblem(body: string, bodyStartLine = 1): LimitProblem | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i]!;
    const indent = /^[ \t]*/.exec(rest)![0].replace(/\t/g, '    ').length;
    let markers = 0;
    for (let m = CONTAINER.exec(rest); m && m[0].length > 0; m = CONTAINER.exec(rest)) {
      markers++;
      rest = rest.slice(m[0].length);
      if (markers > MAX_NESTING) break;
    }
    const depth = markers + Math.floor(indent / 2);
    if (depth > MAX_NESTING) {
      return {
        line: i + bodyStartLine,
        message: `Der Text ist zu tief verschachtelt (mehr als ${MAX_NESTING} Ebenen aus Listen, Zitaten oder Einrückungen). Bitte die Liste flacher gliedern oder die Einrückung am Zeilenanfang entfernen.`,
      };
    }
  }
  return undefined;
}

/** The YAML's data, refusing aliases: `*name` in content is never needed and may be an alias bomb. */
export function yamlData(doc: Document.Parsed): { data?: unknown; problem?: LimitProblem } {
  try {
    return { data: doc.toJS({ maxAliasCount: 0 }) };
  } catch (e) {
    // The yaml package refuses aliases with a ReferenceError; anything else is a data structure too deep to read.
    return { problem: { message: e instanceof ReferenceError ? ALIAS_MESSAGE : 'Die Datei lässt sich nicht lesen: Die Felder sind zu tief ineinander verschachtelt.' } };
  }
}

export const ALIAS_MESSAGE =
  'Die Datei verwendet YAML-Verweise („&name“ und „*name“). Das CMS schreibt sie nie, und sie können eine kleine Datei riesig machen. Bitte jeden Wert ausschreiben.';

/** The longest a single body may take to check; real pages take a few milliseconds. */
export const BODY_TIME_LIMIT_MS = 3000;

/** One body to check in the worker, with what its image paths are resolved against. */
export interface BodyJob {
  body: string;
  bodyStartLine: number;
  /** The content/ folder and the entry's own folder (absolute paths). */
  contentDir: string;
  entryDir: string;
}

export const TIME_LIMIT_MESSAGE = `Die Prüfung des Textes dauerte länger als ${BODY_TIME_LIMIT_MS / 1000} Sekunden und wurde abgebrochen. Ursache sind meist sehr lange Reihen von Zeichen wie „*“, „_“ oder „[“. Bitte solche Reihen entfernen oder mit „\\“ davor schreiben.`;

/**
 * Checks bodies (mdx-policy.ts `checkBody`) one after another in a worker thread, so that no body can keep the
 * content check busy: a body that takes longer than the limit is reported with TIME_LIMIT_MESSAGE and the
 * worker is replaced. Returns the findings of each job, in order.
 */
export async function checkBodiesWithTimeLimit(
  jobs: readonly BodyJob[],
  limitMs = BODY_TIME_LIMIT_MS,
): Promise<{ line?: number; message: string }[][]> {
  type Answer = { line?: number; message: string }[] | 'ready' | 'timeout' | Error;
  const results: { line?: number; message: string }[][] = [];
  let worker: Worker | undefined;
  const next = (w: Worker, post?: BodyJob, ms?: number) =>
    new Promise<Answer>((resolve) => {
      const done = (a: Answer) => {
        clearTimeout(timer);
        w.off('message', done);
        w.off('error', done);
        resolve(a);
      };
      const timer = ms === undefined ? undefined : setTimeout(() => done('timeout'), ms);
      w.on('message', done);
      w.on('error', done);
      if (post) w.postMessage(post);
    });
  try {
    for (const job of jobs) {
      if (!worker) {
        worker = new Worker(new URL('./body-worker.ts', import.meta.url));
        // Starting takes longer than checking; it does not count against the body's time.
        const ready = await next(worker);
        if (ready !== 'ready') throw ready instanceof Error ? ready : new Error('Prüfprozess startet nicht');
      }
      const answer = await next(worker, job, limitMs);
      if (Array.isArray(answer)) {
        results.push(answer);
        continue;
      }
      results.push([{ line: job.bodyStartLine, message: answer === 'timeout' ? TIME_LIMIT_MESSAGE : 'Der Text lässt sich nicht prüfen. Bitte die Datei vereinfachen.' }]);
      void worker.terminate();
      worker = undefined;
    }
  } finally {
    await worker?.terminate();
  }
  return results;
}
