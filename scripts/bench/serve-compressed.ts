/**
 * The built site served as a static host serves it: brotli for text files when the browser asks for it, and the
 * headers of the build's `_headers`. For Lighthouse, whose scores depend on transfer sizes and headers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../../src/lib/security/headers-file.ts';
import { CONTENT_TYPES as TYPES, listenLocally, requestedFile, type StaticServer } from '../../tests/support/static-server.ts';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.webmanifest']);

export async function serveCompressed(root: string): Promise<StaticServer> {
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const requested = requestedFile(root, req.url);
    if (!requested) return void res.writeHead(403).end();
    const { urlPath } = requested;
    let { file } = requested;
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
  return listenLocally(server);
}
