/**
 * The gate in front of decap-server for `npm run cms` (scripts/cms.ts). decap-server has no option for either
 * rule, so every request passes through here first:
 *
 * - Host: only this computer's own names (127.0.0.1, localhost, [::1]; with the gate's port or none). A page
 *   on another site that points its own domain at 127.0.0.1 (DNS rebinding) sends its own name: refused.
 * - Paths: every file or folder a request names must lie in content/, written plainly (relative, no "..", no
 *   backslash) and, following symbolic links, still inside content/. So nothing outside content/ is read
 *   (.git/config, .env) and nothing is written, moved or deleted there.
 * - Only decap-server's file-system actions; a body that is not JSON is refused.
 */
import { existsSync, realpathSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const REFUSED_HOST = 'Abgelehnt: Der lokale Redaktionsserver beantwortet nur Anfragen an 127.0.0.1, localhost oder [::1].';
export const REFUSED_PATH = 'Abgelehnt: Der lokale Redaktionsserver liest und schreibt nur Dateien im Ordner content/.';
export const REFUSED_REQUEST = 'Abgelehnt: Diese Anfrage kennt der lokale Redaktionsserver nicht.';

/** The only folder the CMS may read or write, relative to the project root. */
export const CMS_FOLDER = 'content';

/** Whether a Host header names this computer (with `port` or without a port). */
export function isLocalHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const value = host.trim().toLowerCase();
  return ['127.0.0.1', 'localhost', '[::1]'].some((name) => value === name || value === `${name}:${port}`);
}

/** decap-server's file-system actions the CMS uses. */
const ACTIONS = new Set(['info', 'entriesByFolder', 'entriesByFiles', 'getEntry', 'persistEntry', 'getMedia', 'getMediaFile', 'persistMedia', 'deleteFile', 'deleteFiles', 'getDeployPreview']);

type Params = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Params)[key] : undefined);

/** Every path a request of this action names (files, folders, new names after a rename). */
export function pathsOf(action: string, params: Params): unknown[] {
  switch (action) {
    case 'entriesByFolder':
      return [params.folder];
    case 'entriesByFiles':
      return list(params.files).map((f) => field(f, 'path'));
    case 'getEntry':
    case 'getMediaFile':
    case 'deleteFile':
      return [params.path];
    case 'persistEntry':
      // Decap 3 sends `dataFiles` (and no `entry`); older clients sent `entry`. Every file named must be inside content/.
      return [...(params.entry === undefined ? [] : [params.entry]), ...list(params.dataFiles), ...list(params.assets)].flatMap((f) => [
        field(f, 'path'),
        ...(field(f, 'newPath') === undefined ? [] : [field(f, 'newPath')]),
      ]);
    case 'getMedia':
      return [params.mediaFolder];
    case 'persistMedia':
      return [field(params.asset, 'path')];
    case 'deleteFiles':
      return list(params.paths);
    default:
      return [];
  }
}

/** The real location of `target`, or of its nearest existing ancestor with the rest appended (files not written yet). */
function realLocation(target: string): string {
  let existing = target;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    rest.unshift(path.basename(existing));
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return path.join(realpathSync(existing), ...rest);
}

/** Whether `p` (as the CMS sends it, relative to `root`) names content/ or something really inside it. */
export function isInsideContent(root: string, p: unknown): boolean {
  if (typeof p !== 'string' || p === '' || p.includes('\\') || p.includes('\0') || path.posix.isAbsolute(p)) return false;
  const parts = p.split('/').filter((part) => part !== '' && part !== '.');
  if (parts[0] !== CMS_FOLDER || parts.includes('..')) return false;
  const content = realpathSync(path.join(root, CMS_FOLDER));
  const real = realLocation(path.join(root, ...parts));
  return real === content || real.startsWith(`${content}${path.sep}`);
}

/** Why decap-server must not receive this request body (one of the REFUSED_… texts), or undefined. */
export function refusalOf(root: string, body: unknown): string | undefined {
  const action = field(body, 'action');
  if (typeof action !== 'string' || !ACTIONS.has(action)) return REFUSED_REQUEST;
  const params = (field(body, 'params') ?? {}) as Params;
  return pathsOf(action, params).every((p) => isInsideContent(root, p)) ? undefined : REFUSED_PATH;
}

/** Largest request body the gate reads (uploads come base64-encoded in the JSON). */
const MAX_BODY = 50 * 1024 * 1024;

function refuse(res: ServerResponse, message: string, status = 403): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: message }));
}

export interface LocalGuardOptions {
  /** Project root decap-server works in (GIT_REPO_DIRECTORY). */
  root: string;
  /** Port decap-server listens on (127.0.0.1 only). */
  upstreamPort: number;
  /** Port of the gate; 0 picks a free one. */
  port: number;
}

/** Starts the gate on 127.0.0.1; resolves with the server and its port once it listens. */
export async function startLocalGuard({ root, upstreamPort, port }: LocalGuardOptions): Promise<{ server: Server; port: number }> {
  let ownPort = port;
  const forward = (req: IncomingMessage, res: ServerResponse, body?: Buffer) => {
    const headers = { ...req.headers, host: `127.0.0.1:${upstreamPort}` };
    if (body) headers['content-length'] = String(body.length);
    const upstream = request({ host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', (e) => refuse(res, `decap-server antwortet nicht: ${e.message}`, 502));
    upstream.end(body);
  };
  const server = createServer((req, res) => {
    if (!isLocalHost(req.headers.host, ownPort)) return refuse(res, REFUSED_HOST);
    // The CORS preflight of /admin/ (served by astro dev on another port): decap-server answers it.
    if (req.method === 'OPTIONS') return forward(req, res);
    if (req.method !== 'POST') return refuse(res, REFUSED_REQUEST, 405);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return refuse(res, REFUSED_REQUEST, 413);
      const body = Buffer.concat(chunks);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(res, REFUSED_REQUEST);
      }
      const refusal = refusalOf(root, parsed);
      if (refusal) return refuse(res, refusal);
      forward(req, res, body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  ownPort = (server.address() as AddressInfo).port;
  return { server, port: ownPort };
}
