/**
 * `npm run cms` as an editor uses it: decap-server behind the local gate and `astro dev`, on a throw-away
 * copy of the project. Saving in one CMS tab must not reload another (unsaved work there would be lost), no
 * English developer toolbar may sit over the form, and every collection's preview shows the entry in the
 * site's own component, with the site's styles, following what the editor types.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import os from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, type Browser } from './support/browser.ts';
import { freePort } from './support/decap.ts';
import { copyProject } from './support/project.ts';
import { collectionDescriptions } from '../src/model/registry.ts';
import { contentEntries } from './support/content.ts';

let copy: string;
let cms: ChildProcess;
let site: string;
let browser: Browser;
let log = '';

/** Starts `npm run cms` in the copy and resolves with the address `astro dev` prints. */
async function startCms(): Promise<string> {
  const cmsPort = await freePort();
  const { VITEST: _v, NODE_ENV: _n, MODE: _m, BASE_URL: _b, ...env } = process.env;
  cms = spawn('npm', ['run', '--silent', 'cms'], {
    cwd: copy,
    detached: true,
    env: { ...env, CMS_PORT: String(cmsPort), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cms.stdout?.on('data', (d) => (log += d));
  cms.stderr?.on('data', (d) => (log += d));
  const deadline = Date.now() + 120_000;
  for (;;) {
    // eslint-disable-next-line no-control-regex
    const local = /Local\s+(http:\/\/localhost:\d+\/)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
    if (local) return local[1]!;
    if (cms.exitCode !== null || Date.now() > deadline) throw new Error(`npm run cms startet nicht:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const pages: Page[] = [];
const messages: string[] = [];

async function openAdmin(hash: string): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  // A dialog may be gone before it is answered (its tab closed); that is no error of the CMS.
  page.on('dialog', (d) => void d.accept().catch(() => undefined));
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('framenavigated', (f) => void (f === page.mainFrame() && messages.push(`navigiert: ${f.url()}`)));
  await page.goto(`${site}admin/${hash}`);
  return page;
}

beforeAll(async () => {
  copy = copyProject('asskomm-cms-dev-');
  site = await startCms();
  browser = await launchBrowser();
  // Log in once (decap-server needs no password); the other tabs share the profile and stay logged in.
  const first = await openAdmin('');
  await first.getByRole('button', { name: 'Anmelden' }).click();
  await first.getByRole('heading', { name: 'Inhaltstypen' }).waitFor();
  await first.close();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (cms?.pid) {
    try {
      process.kill(-cms.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(copy, { recursive: true, force: true });
});

beforeEach(() => {
  onTestFailed(async () => {
    for (const [i, p] of pages.entries()) {
      const shot = path.join(os.tmpdir(), `asskomm-cms-dev-${i}.png`);
      await p.screenshot({ path: shot }).catch(() => undefined);
      console.log(`Bildschirmfoto: ${shot} (${p.url()})`);
    }
    console.log(`Browser:\n${messages.join('\n')}\nnpm run cms:\n${log.slice(-3000)}`);
  });
});

describe('npm run cms', () => {
  it('saving in one tab leaves a second CMS tab as it was, and there is no developer toolbar', async () => {
    const file = path.join(copy, 'content/people/andre-raphael.yaml');
    const before = readFileSync(file, 'utf8');
    const other = await openAdmin('#/collections/towns');
    await other.getByText('Heidenau', { exact: true }).waitFor();
    // What an editor has open and unsaved in the second tab; a reload would wipe it.
    await other.evaluate(() => ((window as unknown as { ungespeichert: string }).ungespeichert = 'Entwurf im zweiten Tab'));

    const editor = await openAdmin('#/collections/people/entries/andre-raphael');
    const name = editor.getByLabel('Name', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('André Raphael');
    await editor.getByLabel('Anmerkung (optional)', { exact: true }).fill('Im Test geändert.');
    await editor.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
    await editor.getByText('Jetzt veröffentlichen', { exact: true }).click();
    await editor.getByText('Änderungen gespeichert', { exact: true }).waitFor();
    await expect.poll(() => readFileSync(file, 'utf8')).toContain('Im Test geändert.');
    expect(before).not.toContain('Im Test geändert.');

    // The dev server has seen the change (it logs content syncs) and had time to send its reload.
    await new Promise((r) => setTimeout(r, 5000));
    expect(await other.evaluate(() => (window as unknown as { ungespeichert?: string }).ungespeichert)).toBe('Entwurf im zweiten Tab');
    expect(await editor.locator('astro-dev-toolbar').count()).toBe(0);
    expect(await other.locator('astro-dev-toolbar').count()).toBe(0);
  });
});

/** The site component each collection's preview shows (src/lib/cms/site-preview.astro), by its root element. */
const SITE_COMPONENT: Record<keyof typeof collectionDescriptions, string> = {
  articles: 'article.teaser',
  events: '.card.event-teaser',
  campaigns: '.card.campaign',
  towns: '.card.town-card',
  agreements: '.card.agreement',
  people: '.person',
  organisations: 'p > :is(a, span)',
  pages: 'header.page-header',
  settings: 'footer.site-footer',
};

describe('npm run cms preview', () => {
  it("shows every collection's entry in the site's own component, in the site's typeface", async () => {
    for (const c of Object.keys(collectionDescriptions) as (keyof typeof collectionDescriptions)[]) {
      const d = collectionDescriptions[c];
      const entry = contentEntries(d.folder.replace(/^content\//, '')).find((e) => !d.singleton || e.id === d.singleton.id)!;
      const page = await openAdmin(`#/collections/${c}/entries/${entry.id}`);
      const frame = page.frameLocator('#preview-pane').getByRole('region', { name: 'Auf der Website', exact: true }).frameLocator('iframe');
      const component = frame.locator(SITE_COMPONENT[c]).first();
      await component.waitFor({ timeout: 30_000 });
      expect(await component.textContent(), c).toContain(String(entry.data[d.summaryField]));
      expect(await component.evaluate((el) => getComputedStyle(el).fontFamily), c).toContain('Fira Sans');
      await page.close();
    }
  });

  it('follows what the editor types, and says why it cannot draw an entry the build would refuse', async () => {
    const event = contentEntries<{ title: string }>('events')[0]!;
    const page = await openAdmin(`#/collections/events/entries/${event.id}`);
    const frame = page.frameLocator('#preview-pane').getByRole('region', { name: 'Auf der Website', exact: true }).frameLocator('iframe');
    await frame.locator('.event-teaser').getByText(event.data.title).waitFor();
    const title = page.getByLabel('Titel', { exact: true });
    await title.fill('Infotag für Eltern in der Vorschau');
    await frame.locator('.event-teaser').getByText('Infotag für Eltern in der Vorschau').waitFor();
    await frame.locator('.key-facts').waitFor();

    await page.getByLabel('Beginn (optional)', { exact: true }).fill('14:00');
    await page.getByLabel('Ende (optional)', { exact: true }).fill('13:00');
    await frame.getByText(/sobald der Eintrag so gespeichert werden kann: „Ende“/).waitFor();
  });
});
