/**
 * Stops `astro build` before a single page is written when the content has problems, and lists them
 * in plain German (file, field, what is wrong). In `astro dev` the same list is printed as an error.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, validateContent } from '../lib/content/validate.ts';

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Inhaltsfehler';
    this.stack = '';
  }
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'inhaltspruefung',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const problems = await validateContent(fileURLToPath(config.root));
        if (problems.length === 0) {
          logger.info('Inhalt geprüft: keine Probleme.');
          return;
        }
        const report = formatProblems(problems);
        if (command === 'build') throw new ContentError(report);
        logger.error(report);
      },
    },
  };
}
