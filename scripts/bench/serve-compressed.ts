/**
 * The built site served as a static host serves it: brotli for text files when the browser asks for it, and the
 * headers of the build's `_headers`. For Lighthouse, whose scores depend on transfer sizes and headers.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../../src/lib/security/headers-file.ts';
import { CONTENT_TYPES as TYPES } from '../../tests/support/static-server.ts';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.webmanifest']);

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serveCompressed(root: string): Promise<Served> {
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, urlPath);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
      if (!existsSync(file)) return void res.writeHead(404).end();
    }
    const ext = path.extname(file).toLowerCase();
    const headers: Record<string, string> = { ...headersForPath(rules, urlPath), 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    let body: Uint8Array = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const compressed = cache.get(file) ?? brotliCompressSync(body);
      cache.set(file, compressed);
      body = compressed;
      headers['content-encoding'] = 'br';
      headers['vary'] = 'Accept-Encoding';
    }
    res.writeHead(status, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
