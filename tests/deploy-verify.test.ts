/**
 * `npm run verify:deploy -- <address>` against real servers on 127.0.0.1: the project's test server with the
 * build's `_headers`, the same server with one header dropped, a GitHub-Pages-like build (CSP as <meta>), and
 * nginx with the documented configuration (docs/deploy/nginx.conf) whenever nginx is installed.
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixedTargets, pagefindPaths, type Mode } from '../src/lib/deploy/verify.ts';
import { headersForPath, parseHeadersFile } from '../src/lib/security/headers-file.ts';
import { buildForGitHubPages, GITHUB_PAGES, npmRun, projectRoot } from './support/project.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { sitemapPaths, TEST_SITE } from './quality/support/site.ts';

const siteDir = inject('siteDir');
const rules = parseHeadersFile(readFileSync(path.join(siteDir, '_headers'), 'utf8'));

/** How many addresses the check must visit in a build: its sitemap, the fixed ones, Pagefind's per-language files. */
function addressCount(dir: string, base = '/', mode: Mode = 'headers'): number {
  const entry = readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8');
  return sitemapPaths(dir, TEST_SITE, base).length + fixedTargets(mode).length + pagefindPaths(entry).length;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the npm script as an operator would; asynchronously, because the servers live in this process. */
function verify(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'verify:deploy', '--', ...args],
      { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('verify:deploy against the test server with the build’s _headers', () => {
  let server: StaticServer;
  let broken: StaticServer;
  // A page inside a folder, from the sitemap: the broken server leaves one header off this page only.
  const victim = sitemapPaths(siteDir).find((p) => p.split('/').length > 3)!;
  const dropped = 'referrer-policy';

  beforeAll(async () => {
    server = await serveStatic(siteDir, (urlPath) => headersForPath(rules, urlPath));
    broken = await serveStatic(siteDir, (urlPath) => {
      const headers = headersForPath(rules, urlPath);
      if (urlPath === victim) delete headers[dropped];
      return headers;
    });
  });
  afterAll(async () => {
    await server?.close();
    await broken?.close();
  });

  it('finds no difference and says how many addresses it checked', async () => {
    const run = await verify(['--dir', siteDir, `${server.url}/`]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Keine Abweichung: ${addressCount(siteDir)} Adressen geprüft.`);
    expect(run.code).toBe(0);
  });

  it('finds the one header a server leaves off one page, and fails', async () => {
    const run = await verify(['--dir', siteDir, `${broken.url}/`]);
    expect(run.code).toBe(1);
    const rows = run.stdout.split('\n').filter((line) => line.includes(' | '));
    expect(rows[0]).toMatch(/^Adresse\s+\| Prüfung\s+\| erwartet\s+\| erhalten$/);
    expect(rows.slice(1).filter((line) => !/^-+/.test(line))).toEqual([
      expect.stringMatching(new RegExp(`^${victim}\\s+\\| ${dropped}\\s+\\| ${headersForPath(rules, victim)[dropped]}\\s+\\| \\(fehlt\\)$`)),
    ]);
    expect(run.stdout).toContain(`1 Abweichung an 1 von ${addressCount(siteDir)} Adressen.`);
  });

  it('in GitHub Pages mode, finds every page of a header build without its <meta> CSP', async () => {
    const run = await verify(['--meta-csp', `${server.url}/`]);
    expect(run.code).toBe(1);
    const missing = run.stdout.split('\n').filter((line) => / \| CSP \(<meta>\) \| 1 Element\s+\| 0 Elemente$/.test(line));
    // Every sitemap page and /admin/; the 404 page carries its policy as <meta> in every build (security-headers.ts).
    expect(missing.length).toBe(sitemapPaths(siteDir).length + 1);
  });
});

describe('verify:deploy in GitHub Pages mode (CSP as <meta>, sub-path, no headers)', () => {
  const BASE = GITHUB_PAGES.base;
  let root: string;
  let pagesDir: string;
  let server: StaticServer;

  beforeAll(async () => {
    ({ root, siteDir: pagesDir } = buildForGitHubPages('asskomm-verify-pages-'));
    // GitHub Pages answers a missing address with the project's 404.html.
    copyFileSync(path.join(pagesDir, '404.html'), path.join(root, '404.html'));
    server = await serveStatic(root);
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('finds no difference when the CMS variables match the build', async () => {
    const run = await verify(['--meta-csp', `${server.url}${BASE}`], GITHUB_PAGES.cms);
    expect(run.stdout).toContain(`Keine Abweichung: ${addressCount(pagesDir, BASE, 'meta')} Adressen geprüft.`);
    expect(run.code).toBe(0);
  });

  it('finds the admin page’s policy different when the check assumes another CMS backend', async () => {
    const run = await verify(['--meta-csp', `${server.url}${BASE}`], { CMS_BACKEND: '' });
    expect(run.code).toBe(1);
    // The build allowed GitHub's API and avatars; the check, told of no CMS, expects neither.
    expect(run.stdout).toMatch(
      new RegExp(`^${BASE}admin/\\s+\\| CSP \\(<meta>\\) \\| img-src 'self' data: blob:; connect-src 'self'\\s+\\| img-src 'self' data: blob: https://avatars\\.githubusercontent\\.com; connect-src 'self' http`, 'm'),
    );
    expect(run.stdout).toContain('1 Abweichung an 1 von');
  });
});

// ---------------------------------------------------------------------------------------------------------
// nginx with the documented configuration

const nginxBinary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((p) => existsSync(p));
const openssl = spawnSync('openssl', ['version']).status === 0;
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const mimeTypes = '/etc/nginx/mime.types';
if (!nginxBinary || !openssl || !existsSync(mimeTypes)) {
  console.warn(
    `[deploy-verify] nginx-Test übersprungen: ${!nginxBinary ? 'nginx ist nicht installiert (z. B. apt-get install nginx)' : !openssl ? 'openssl fehlt' : `${mimeTypes} fehlt`}.`,
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** One HTTPS request to the self-signed server, returning status, headers and the raw body length. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      })
      .on('error', reject);
  });
}

describe.skipIf(!nginxBinary || !openssl || !existsSync(mimeTypes))('verify:deploy against nginx with docs/deploy/nginx.conf', () => {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'asskomm-nginx-'));
  const conf = path.join(prefix, 'nginx.conf');
  let httpsUrl = '';
  let httpUrl = '';
  const brotli = existsSync(brotliModule);

  beforeAll(async () => {
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    httpUrl = `http://127.0.0.1:${httpPort}`;
    httpsUrl = `https://127.0.0.1:${httpsPort}`;
    const key = path.join(prefix, 'key.pem');
    const cert = path.join(prefix, 'cert.pem');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
    // The snippet exactly as an operator makes it (npm run --silent headers:nginx), from the build under test.
    const snippet = npmRun(projectRoot, 'headers:nginx', { OUT_DIR: siteDir });
    if (snippet.status !== 0) throw new Error(snippet.stderr);
    writeFileSync(path.join(prefix, 'asskomm-headers.conf'), snippet.stdout);
    expect(snippet.stdout.startsWith('# ')).toBe(true); // no npm banner in the file
    // The documented server blocks with only the machine-specific parts replaced: ports on 127.0.0.1,
    // certificate, document root, snippet path; brotli switched on where Debian's module is installed.
    let site = readFileSync(path.join(projectRoot, 'docs/deploy/nginx.conf'), 'utf8');
    const replace = (from: string | RegExp, to: string) => {
      const next = typeof from === 'string' ? site.replaceAll(from, to) : site.replace(from, to);
      if (next === site) throw new Error(`docs/deploy/nginx.conf enthält „${from}“ nicht mehr.`);
      site = next;
    };
    replace('listen 80;', `listen 127.0.0.1:${httpPort};`);
    replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`);
    replace(/^\s*listen \[::\].*$/gm, '');
    replace('/etc/letsencrypt/live/asskomm.example/fullchain.pem', cert);
    replace('/etc/letsencrypt/live/asskomm.example/privkey.pem', key);
    replace('root /srv/asskomm;', `root ${siteDir};`);
    replace('/etc/nginx/snippets/asskomm-headers.conf', path.join(prefix, 'asskomm-headers.conf'));
    if (brotli) replace(/^(\s*)# (brotli\S* .*)$/gm, '$1$2');
    writeFileSync(path.join(prefix, 'asskomm.conf'), site);
    mkdirSync(path.join(prefix, 'tmp'));
    // The parts of Debian's /etc/nginx/nginx.conf the server block relies on (mime.types, default_type).
    writeFileSync(
      conf,
      [
        // As root, nginx would switch its workers to "nobody", who cannot read the temporary build.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        ...(brotli ? [`load_module ${brotliModule};`] : []),
        'worker_processes 1;',
        `pid ${path.join(prefix, 'nginx.pid')};`,
        `error_log ${path.join(prefix, 'error.log')} warn;`,
        'events { worker_connections 64; }',
        'http {',
        `  include ${mimeTypes};`,
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${path.join(prefix, 'tmp', t)};`),
        `  include ${path.join(prefix, 'asskomm.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    const test = spawnSync(nginxBinary!, ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
    expect(test.stderr).toContain('test is successful');
    // No warning either (a duplicate MIME type, a directive this version does not know). The one accepted:
    // nginx ≥ 1.25.1 calls "listen … http2" deprecated, the form 1.22 needs.
    const warnings = test.stderr.split('\n').filter((l) => /\[(warn|emerg)\]/.test(l) && !/"listen \.\.\. http2" directive is deprecated/.test(l));
    expect(warnings).toEqual([]);
    const start = spawnSync(nginxBinary!, ['-p', prefix, '-c', conf], { encoding: 'utf8' });
    if (start.status !== 0) throw new Error(`nginx startet nicht: ${start.stderr}`);
    console.log(`[deploy-verify] ${spawnSync(nginxBinary!, ['-v'], { encoding: 'utf8' }).stderr.trim()} auf ${httpsUrl}${brotli ? ' (mit Brotli)' : ''}`);
  });

  afterAll(() => {
    if (existsSync(path.join(prefix, 'nginx.pid'))) spawnSync(nginxBinary!, ['-p', prefix, '-c', conf, '-s', 'stop']);
    rmSync(prefix, { recursive: true, force: true });
  });

  it('serves every address with exactly the headers of _headers', async () => {
    const run = await verify(['--dir', siteDir, `${httpsUrl}/`], { NODE_TLS_REJECT_UNAUTHORIZED: '0' });
    expect(run.stdout).toContain(`Keine Abweichung: ${addressCount(siteDir)} Adressen geprüft.`);
    expect(run.code).toBe(0);
  });

  it('serves the calendar as text/calendar in UTF-8, compressed', async () => {
    const response = await get(`${httpsUrl}/termine/kalender.ics`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  it('compresses the feed (text/xml) with gzip, and with brotli where the module is installed', async () => {
    expect((await get(`${httpsUrl}/aktuelles/feed.xml`, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    if (!brotli) console.warn(`[deploy-verify] Brotli nicht geprüft: ${brotliModule} fehlt (apt-get install libnginx-mod-http-brotli-filter).`);
    else expect((await get(`${httpsUrl}/aktuelles/feed.xml`, { 'accept-encoding': 'br, gzip' })).headers['content-encoding']).toBe('br');
  });

  it('does not serve /_headers, but the 404 page', async () => {
    const response = await get(`${httpsUrl}/_headers`);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const response = await fetch(`${httpUrl}/kommunen/`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    // $host carries no port: on a real server that is 443.
    expect(response.headers.get('location')).toBe('https://127.0.0.1/kommunen/');
  });

  it('refuses TLS 1.0 and 1.1 (the server says so) and accepts TLS 1.2 and 1.3', async () => {
    const handshake = (version: tls.SecureVersion) =>
      new Promise<string>((resolve) => {
        // SECLEVEL=0: this client would offer old versions; only the server may refuse them.
        const socket = tls.connect({ host: '127.0.0.1', port: Number(new URL(httpsUrl).port), rejectUnauthorized: false, minVersion: version, maxVersion: version, ciphers: 'DEFAULT@SECLEVEL=0' });
        socket.once('secureConnect', () => {
          resolve(socket.getProtocol() ?? '');
          socket.end();
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
      });
    expect(await handshake('TLSv1.2')).toBe('TLSv1.2');
    expect(await handshake('TLSv1.3')).toBe('TLSv1.3');
    expect(await handshake('TLSv1.1')).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
    expect(await handshake('TLSv1')).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
  });
});
