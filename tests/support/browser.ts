/**
 * The headless Chromium that comes from npm (`@sparticuz/chromium`, pinned in package-lock.json), driven by
 * playwright-core with the project's own flags and a fresh profile each time. CHROMIUM_PATH may point to
 * another Chromium. (Playwright refuses --user-data-dir in the flags, so the profile is a temporary folder.)
 *
 * Never pass `@sparticuz/chromium`'s own `args`: they are made for serverless sandboxes and include
 * --disable-web-security and --single-process, which would blind the CSP, origin and cookie tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

let executable: Promise<string> | undefined;

/** The Chromium binary: CHROMIUM_PATH, or the one unpacked from the npm package (once per machine). */
export function chromiumPath(): Promise<string> {
  executable ??= process.env.CHROMIUM_PATH ? Promise.resolve(process.env.CHROMIUM_PATH) : sparticuz.executablePath();
  return executable;
}

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(options: BrowserContextOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'asskomm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await chromiumPath(),
    args: FLAGS,
    headless: true,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
