// The security headers of the last build for nginx: `npm run --silent headers:nginx > asskomm-headers.conf`
// (--silent: without it npm writes its "> asskomm-website@… headers:nginx" banner into the file, and nginx -t fails).
// Reads `_headers` from the build output (OUT_DIR or dist/) and prints `location` blocks to include in the
// `server { … }` block (see docs/deploy/nginx.conf). Run it after every build: the CSP hashes change with the CSS.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHeadersFile } from '../src/lib/security/headers-file.ts';
import { nginxLocations } from '../src/lib/security/nginx.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const file = path.join(outDir, '_headers');
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch {
  console.error(`${file} fehlt – erst „npm run build“ ausführen.`);
  process.exit(1);
}
process.stdout.write(
  nginxLocations(parseHeadersFile(text), [
    `Erzeugt von „npm run headers:nginx“ aus ${path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file)} – nicht von Hand ändern.`,
    'In den server-Block einbinden: include /etc/nginx/snippets/asskomm-headers.conf;',
  ]),
);
