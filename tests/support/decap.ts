/**
 * Decap CMS end to end: decap-server on a copy of the project, and one origin that serves the built admin
 * and forwards /api/v1 to decap-server, the way a deployed CMS talks only to its own site and its backend.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDecapServer } from '../../scripts/cms.ts';

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** decap-server (MODE=fs) writing into `root`; resolves once it answers. */
export async function runDecapServer(root: string): Promise<{ port: number; process: ChildProcess; stop(): void }> {
  const port = await freePort();
  const child = startDecapServer(root, port, 'pipe');
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`decap-server startet nicht:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, process: child, stop: () => void child.kill() };
}

export interface Gateway {
  url: string;
  /** Where requests other than /api/v1 go (a static server for the built site), set once it exists. */
  setSite(url: string): void;
  close(): Promise<void>;
}

/** One origin: /api/v1 → decap-server, everything else → the site. Listening before the build, so the build knows its address. */
export async function startGateway(backendPort: number): Promise<Gateway> {
  let site: URL | undefined;
  const server: Server = createServer((req, res) => {
    const api = req.url?.startsWith('/api/v1');
    const target = api ? new URL(`http://127.0.0.1:${backendPort}`) : site;
    if (!target) {
      res.writeHead(503).end('Die Website ist noch nicht gebaut.');
      return;
    }
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (e) => res.writeHead(502).end(String(e)));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setSite: (url) => void (site = new URL(url)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
