/**
 * The browser tests need nothing but npm: the Chromium they drive is the one pinned in package-lock.json
 * (@sparticuz/chromium), unpacked on first use, unless CHROMIUM_PATH names another on purpose.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from './support/browser.ts';

const lock = JSON.parse(readFileSync(path.resolve('package-lock.json'), 'utf8')) as {
  packages: Record<string, { version: string; integrity?: string }>;
};

describe.skipIf(!!process.env.CHROMIUM_PATH)('the Chromium of the browser tests', () => {
  it('comes from the npm package pinned in the lockfile, not from the machine', async () => {
    const pinned = lock.packages['node_modules/@sparticuz/chromium'];
    expect(pinned?.integrity).toMatch(/^sha512-/);
    const executable = await chromiumPath();
    expect(path.dirname(executable)).toBe(os.tmpdir());
    expect(executable).not.toMatch(/^\/usr\//);

    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const version = browser.context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
      // The package's major version is Chromium's.
      expect(version).toMatch(new RegExp(`\\b${pinned!.version.split('.')[0]}\\.`));
      await page.setContent('<html lang="de"><p>Glänzen statt schwänzen</p></html>');
      expect(await page.locator('p').innerText()).toBe('Glänzen statt schwänzen');
    } finally {
      await browser.close();
    }
  });
});
