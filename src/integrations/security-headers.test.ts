/**
 * The security-headers step on built HTML: the site's own inline code gets its hash, anything else stops the
 * build with a German message naming the page — with the header CSP and with CSP_META=1 — and no `_headers`
 * or <meta> allows it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSource } from '../lib/security/csp.ts';
import { CMS_MANUAL_INIT_SCRIPT } from '../lib/security/own-inline.ts';
import { securityHeaders } from './security-headers.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="de"><head><meta charset="utf-8">${head}<title>T</title></head><body>${body}</body></html>`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  delete process.env.CSP_META;
});

/** A build output with these pages (path → HTML); runs the integration's build:done step on it. */
function runBuildDone(pages: Record<string, string>, meta = false): { outDir: string; run: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'csp-root-'));
  const outDir = path.join(root, 'dist');
  dirs.push(root);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), html);
  }
  if (meta) process.env.CSP_META = '1';
  const integration = securityHeaders();
  const hooks = integration.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']!({ config: { base: '/', root: pathToFileURL(`${root}/`) } });
  const logger = { info: () => {}, warn: () => {} };
  return { outDir, run: () => hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), logger }) };
}

const OWN_SITE = {
  'index.html': page('<main><h1>Start</h1></main>', '<link rel="stylesheet" href="/_astro/a.css">'),
  '404.html': page('<main><h1>Nicht gefunden</h1></main>'),
  'admin/index.html': page(`<script>${CMS_MANUAL_INIT_SCRIPT}</script><script src="/admin/decap-cms.js"></script><script type="application/json" id="cms-boot">{"a":1}</script>`),
};

describe('security headers: the CSP never trusts content', () => {
  it('hashes only the site’s own inline script (admin) and writes _headers', () => {
    const { outDir, run } = runBuildDone(OWN_SITE);
    run();
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headers).toContain(hashSource(CMS_MANUAL_INIT_SCRIPT));
    expect(headers.match(/sha256-/g)).toHaveLength(1);
  });

  it('gives top-level files their own rule with the CSP, and the 404 page its policy as <meta> even with header CSP', () => {
    const { outDir, run } = runBuildDone({ ...OWN_SITE, 'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>', 'site.webmanifest': '{}' });
    run();
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/\n\/favicon\.svg\n {2}Content-Security-Policy: default-src 'self'/);
    expect(headers).toMatch(/\n\/site\.webmanifest\n {2}Content-Security-Policy: default-src 'self'/);
    expect(readFileSync(path.join(outDir, '404.html'), 'utf8')).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\';');
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).not.toContain('http-equiv');
  });

  for (const meta of [false, true]) {
    const mode = meta ? 'CSP_META=1' : 'header CSP';
    it(`stops the build on a foreign inline <script> and names the page (${mode})`, () => {
      const foreign = '<script>alert(document.domain)</script>';
      const { outDir, run } = runBuildDone({ ...OWN_SITE, 'aktuelles/boese/index.html': page(`<p>Text</p>${foreign}`) }, meta);
      expect(run).toThrow(/Build abgebrochen: eine Seite enthält Skript- oder Stil-Code, der nicht von der Website selbst stammt/);
      expect(run).toThrow(/aktuelles\/boese\/index\.html: fremdes Inline-Skript „alert\(document\.domain\)“/);
      // Nothing allows it: no _headers, and the page has no <meta> policy with its hash.
      expect(existsSync(path.join(outDir, '_headers'))).toBe(false);
      const html = readFileSync(path.join(outDir, 'aktuelles/boese/index.html'), 'utf8');
      expect(html).not.toContain(hashSource('alert(document.domain)'));
      expect(html).not.toContain('Content-Security-Policy');
    });
  }

  it('stops the build on a foreign <style>, style attribute, event handler and javascript: link, each page named', () => {
    const { run } = runBuildDone({
      ...OWN_SITE,
      'a/index.html': page('<style>body{display:none}</style>'),
      'b/index.html': page('<p style="color:red">x</p><img src="/x.png" alt="" onerror="alert(1)"><a href="javascript:alert(1)">y</a>'),
    });
    let message = '';
    try {
      run();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('2 Seiten enthalten');
    expect(message).toContain('a/index.html: fremder <style>-Block „body{display:none}“');
    expect(message).toMatch(/b\/index\.html: style-Attribut style="color:red"; Event-Handler-Attribut img onerror; javascript:-Adresse in a href/);
  });

  it('treats the admin script as foreign outside its exact text (a changed copy gets no hash)', () => {
    const { run } = runBuildDone({ ...OWN_SITE, 'x/index.html': page(`<script>${CMS_MANUAL_INIT_SCRIPT} alert(1)</script>`) });
    expect(run).toThrow(/x\/index\.html: fremdes Inline-Skript/);
  });
});
