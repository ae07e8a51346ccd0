/**
 * `npm run cms` with real HTTP: decap-server behind the gate of src/lib/cms/local-guard.ts, on a throw-away
 * folder laid out like the project (content/, .git/config, package.json). A request with a foreign Host
 * header (DNS rebinding) and any path outside content/ are refused; the editor's own requests pass.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUSED_HOST, REFUSED_PATH, startLocalGuard } from './local-guard.ts';
import { runDecapServer } from '../../../tests/support/decap.ts';

const SECRET = 'url = https://token-geheim@example.invalid/repo.git';
let root: string;
let decap: Awaited<ReturnType<typeof runDecapServer>>;
let guard: { server: Server; port: number };

/** One POST to the gate with the given Host header, as a browser or an attacker's page would send it. */
function post(body: unknown, host = `127.0.0.1:${guard.port}`): Promise<{ status: number; text: string }> {
  const data = typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: guard.port, path: '/api/v1', method: 'POST', headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** What Decap 3's proxy backend sends on "Veröffentlichen" (decap-cms-backend-proxy: `dataFiles`, no `entry`). */
const persist = (file: string) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    dataFiles: [{ slug: 'x', path: file, raw: '---\ntitle: x\n---\n' }],
    assets: [],
    options: { collectionName: 'articles', commitMessage: 'x', useWorkflow: false, status: 'draft' },
  },
});

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'cms-guard-'));
  mkdirSync(path.join(root, 'content/articles'), { recursive: true });
  mkdirSync(path.join(root, '.git'));
  writeFileSync(path.join(root, '.git/config'), `[remote "origin"]\n\t${SECRET}\n`);
  writeFileSync(path.join(root, 'package.json'), '{"name":"x"}');
  writeFileSync(path.join(root, 'content/articles/vorhanden.md'), '---\ntitle: Vorhanden\n---\n');
  symlinkSync(path.join(root, '.git'), path.join(root, 'content/verweis'));
  decap = await runDecapServer(root);
  guard = await startLocalGuard({ root, upstreamPort: decap.port, port: 0 });
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => guard?.server.close(resolve));
  decap?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run cms: the gate in front of decap-server', () => {
  it('answers the editor on 127.0.0.1, localhost and [::1], with or without port', async () => {
    for (const host of [`127.0.0.1:${guard.port}`, `localhost:${guard.port}`, `[::1]:${guard.port}`, 'localhost']) {
      const { status, text } = await post({ action: 'info' }, host);
      expect(status, host).toBe(200);
      expect(JSON.parse(text).type, host).toBe('local_fs');
    }
  });

  it('refuses a foreign Host header with 403 and writes nothing', async () => {
    for (const host of ['angreifer.example', `angreifer.example:${guard.port}`, '127.0.0.1.angreifer.example', 'localhost.angreifer.example:80']) {
      const { status, text } = await post(persist('content/articles/fremd.md'), host);
      expect(status, host).toBe(403);
      expect(JSON.parse(text).error).toBe(REFUSED_HOST);
    }
    expect(existsSync(path.join(root, 'content/articles/fremd.md'))).toBe(false);
  });

  it('writes and reads under content/', async () => {
    expect((await post(persist('content/articles/neu.md'))).status).toBe(200);
    expect(readFileSync(path.join(root, 'content/articles/neu.md'), 'utf8')).toContain('title: x');
    const read = await post({ action: 'getEntry', params: { branch: 'main', path: 'content/articles/vorhanden.md' } });
    expect(read.status).toBe(200);
    expect(JSON.parse(read.text).data).toContain('Vorhanden');
  });

  it('refuses to read .git/config or any file outside content/, also through a symbolic link', async () => {
    for (const file of ['.git/config', 'content/../.git/config', 'content/verweis/config', 'package.json', '/etc/passwd']) {
      const { status, text } = await post({ action: 'getEntry', params: { branch: 'main', path: file } });
      expect(status, file).toBe(403);
      expect(JSON.parse(text).error).toBe(REFUSED_PATH);
      expect(text).not.toContain('token-geheim');
    }
    const listing = await post({ action: 'entriesByFolder', params: { branch: 'main', folder: '.git', extension: '', depth: 1 } });
    expect(listing.status).toBe(403);
    const media = await post({ action: 'getMediaFile', params: { branch: 'main', path: '.git/config' } });
    expect(media.status).toBe(403);
  });

  it('refuses to write, move or delete outside content/', async () => {
    expect((await post(persist('boese.md'))).status).toBe(403);
    expect(existsSync(path.join(root, 'boese.md'))).toBe(false);
    const move = persist('content/articles/vorhanden.md');
    (move.params.dataFiles[0] as Record<string, string>).newPath = 'src/vorhanden.md';
    expect((await post(move)).status).toBe(403);
    expect(existsSync(path.join(root, 'content/articles/vorhanden.md'))).toBe(true);
    const asset = { action: 'persistMedia', params: { branch: 'main', asset: { path: '.git/hooks/pre-commit', content: 'ZWNobw==', encoding: 'base64' }, options: { commitMessage: 'x' } } };
    expect((await post(asset)).status).toBe(403);
    expect(existsSync(path.join(root, '.git/hooks/pre-commit'))).toBe(false);
    expect((await post({ action: 'deleteFiles', params: { branch: 'main', paths: ['content/articles/neu.md', 'package.json'], options: { commitMessage: 'x' } } })).status).toBe(403);
    expect(existsSync(path.join(root, 'package.json'))).toBe(true);
  });

  it('refuses a body it cannot read as JSON', async () => {
    expect((await post('{"action":"getEntry","params":{"path":".git/config"')).status).toBe(403);
  });
});
