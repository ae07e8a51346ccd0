/**
 * The worker that checks bodies for limits.ts `checkBodiesWithTimeLimit`: one body per message, answered with
 * its findings. Runs apart from the content check so a body that would keep the parser busy for minutes can be
 * stopped after the time limit.
 */
import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { imagePathProblem } from './files.ts';
import type { BodyJob } from './limits.ts';
import { checkBody } from './mdx-policy.ts';

parentPort!.on('message', (job: BodyJob) => {
  const imageProblem = (src: string) => imagePathProblem(job.contentDir, job.entryDir, src, existsSync);
  parentPort!.postMessage(checkBody(job.body, { bodyStartLine: job.bodyStartLine, imageProblem }));
});
parentPort!.postMessage('ready');
