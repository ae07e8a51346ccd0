/**
 * `npm run cms`: edit the content on this computer. Starts decap-server (which reads and writes the files
 * in content/ directly, no Git host, no login) behind a gate (src/lib/cms/local-guard.ts: only localhost
 * `Host` headers, only paths under content/), and `astro dev`, whose /admin/ then talks to the gate.
 *
 *   CMS_PORT   port of the gate (default 8081); decap-server itself listens on a free port only the gate uses;
 *              the site runs where `astro dev` says (usually 4321)
 *
 * Stop both with Ctrl+C. Saved changes are ordinary file changes: review and commit them with Git.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalGuard } from '../src/lib/cms/local-guard.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** decap-server's address as /admin/ must call it. */
export function localBackendUrl(port: number): string {
  return `http://127.0.0.1:${port}/api/v1`;
}

/** decap-server in file-system mode on `root`, reachable only from this computer. */
export function startDecapServer(root: string, port: number, stdio: 'inherit' | 'pipe' = 'inherit'): ChildProcess {
  const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  return spawn(process.execPath, [server], {
    cwd: root,
    stdio,
    env: { ...process.env, BIND_HOST: '127.0.0.1', PORT: String(port), MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
  });
}

/** A port no one listens on yet (for decap-server behind the gate). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function main(): Promise<void> {
  const port = Number(process.env.CMS_PORT ?? 8081);
  const upstreamPort = await freePort();
  const server = startDecapServer(projectRoot, upstreamPort);
  const guard = await startLocalGuard({ root: projectRoot, upstreamPort, port }).catch((error: unknown) => {
    server.kill();
    console.error(`✗ Der CMS-Server kann Port ${port} nicht öffnen (${String(error)}). Anderen Port mit CMS_PORT wählen.`);
    process.exit(1);
  });
  const dev = spawn('astro', ['dev'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, CMS_LOCAL_BACKEND: localBackendUrl(port) },
  });
  console.log(
    `\nRedaktion auf diesem Rechner: /admin/ unter der Adresse, die „astro dev“ gleich anzeigt (meist http://localhost:4321/admin/).\nGespeichert wird direkt in ${path.join(projectRoot, 'content')}.\n`,
  );
  const stop = (code: number) => {
    guard.server.close();
    server.kill();
    dev.kill();
    process.exitCode = code;
  };
  server.on('exit', (code) => {
    if (code) console.error(`✗ decap-server ist beendet (Code ${code}).`);
    stop(code ?? 0);
  });
  dev.on('exit', (code) => stop(code ?? 0));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
