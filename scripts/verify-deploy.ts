/**
 * Checks a deployed site against the build: `npm run verify:deploy -- https://asskomm.example/`
 *
 * Fetches every page of the site's sitemap plus fixed addresses (404, feed, calendar, Pagefind files, /admin/)
 * and compares status, content type and each security header with the build's `_headers` (OUT_DIR or dist/,
 * the build that was deployed). With `--meta-csp` (GitHub Pages, built with CSP_META=1) it checks the CSP in
 * each page's <meta> instead and needs no build. Prints a German table of differences; exit code 1 on any.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cmsSetupFromEnv } from '../src/lib/cms/backend.ts';
import { basePathOf, formatDifferences, verifyDeployment } from '../src/lib/deploy/verify.ts';
import { parseHeadersFile, type HeaderRule } from '../src/lib/security/headers-file.ts';
import { adminSources } from '../src/lib/security/admin-sources.ts';

const usage = 'Aufruf: npm run verify:deploy -- [--meta-csp] [--dir dist] <Adresse>, z. B. https://asskomm.example/';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'meta-csp': { type: 'boolean', default: false },
      dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
      concurrency: { type: 'string', default: '8' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values: args, positionals } = parsed;
const address = positionals[0];
if (positionals.length !== 1 || !address || !/^https?:\/\//.test(address)) {
  console.error(usage);
  process.exit(2);
}

const concurrency = Number(args.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error(`--concurrency „${args.concurrency}“ ist keine ganze Zahl ab 1.\n${usage}`);
  process.exit(2);
}

const mode = args['meta-csp'] ? 'meta' : 'headers';
let rules: HeaderRule[] = [];
if (mode === 'headers') {
  const file = path.resolve(args.dir, '_headers');
  try {
    rules = parseHeadersFile(readFileSync(file, 'utf8'));
  } catch {
    console.error(`${file} fehlt – die Prüfung vergleicht mit dem Build, der veröffentlicht wurde („npm run build“, OUT_DIR).`);
    process.exit(2);
  }
}
// The admin policy of a CSP_META build depends on the same CMS_* variables the build saw.
const setup = cmsSetupFromEnv(process.env);
const admin = adminSources(setup.ready ? setup.options.backend : undefined);

const started = Date.now();
const result = await verifyDeployment({ address, base: basePathOf(address), mode, rules, admin, concurrency });
console.log(
  `verify:deploy ${address} – ${mode === 'meta' ? 'CSP als <meta> (GitHub Pages)' : `Header laut ${path.relative(process.cwd(), path.resolve(args.dir, '_headers'))}`}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(formatDifferences(result.differences, result.checked));
process.exit(result.differences.length > 0 ? 1 : 0);
