/** A small static file server for the built site, as a static host would serve it. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types by file extension, as a static host sends them. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export type HeaderRule = (urlPath: string) => Record<string, string>;

/**
 * The file below `root` that a request asks for, with the request's decoded path; a folder stands for its
 * index.html (`folder` says so). Undefined for a path that leads out of `root`.
 */
export function requestedFile(root: string, requestUrl: string | undefined): { urlPath: string; file: string; folder: boolean } | undefined {
  const urlPath = decodeURIComponent(new URL(requestUrl ?? '/', 'http://x').pathname);
  const file = path.join(root, urlPath);
  if (!file.startsWith(root)) return undefined;
  const folder = existsSync(file) && statSync(file).isDirectory();
  return { urlPath, file: folder ? path.join(file, 'index.html') : file, folder };
}

/** Starts `server` on a free port of 127.0.0.1: its address and how to stop it. */
export async function listenLocally(server: Server): Promise<StaticServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function serveStatic(root: string, headersFor: HeaderRule = () => ({})): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const requested = requestedFile(root, req.url);
    if (!requested) {
      res.writeHead(403).end();
      return;
    }
    const { urlPath, file, folder } = requested;
    if (folder && !urlPath.endsWith('/')) {
      res.writeHead(301, { location: `${urlPath}/` }).end();
      return;
    }
    const extra = headersFor(urlPath);
    // Like Netlify and Cloudflare Pages: the `_headers` file configures the host and is not served.
    if (!existsSync(file) || urlPath === '/_headers') {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': CONTENT_TYPES['.html']!, ...extra });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Like a static host, a validator for each file, asked again on every use (no-cache): the browser keeps
    // what it loaded, and Chromium its compiled scripts, until the file changes.
    const { size, mtimeMs } = statSync(file);
    const etag = `"${size.toString(16)}-${Math.round(mtimeMs * 1000).toString(16)}"`;
    const validators = { etag, 'cache-control': 'no-cache' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ...validators, ...extra }).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, ...validators, ...extra });
    createReadStream(file).pipe(res);
  });
  return listenLocally(server);
}
