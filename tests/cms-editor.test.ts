/**
 * The editors' CMS end to end, through the real Decap UI in Chromium: decap-server (MODE=fs) writes into
 * a throw-away copy of the project; /admin/ comes from a build of that copy and reaches decap-server
 * through the same origin. What an editor saves is checked with the content check and by building the
 * copy again.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { parseEntryFile } from '../src/lib/cms/file-format.ts';
import { germanPhrases } from '../src/lib/cms/phrases.ts';
import { formatDate } from '../src/lib/format/dates.ts';
import { sameEntryMessage } from '../src/model/collection.ts';
import { MIN_PHOTO_WIDTH, photoWidthProblem } from '../src/model/fields.ts';
import { TOPICS } from '../src/model/articles/schema.ts';
import { syntheticPhoto } from './support/synthetic-photo.ts';
import { buildUsedBy, describeUse, usedByKey, type UseSite } from '../src/lib/cms/used-by.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { paths } from '../src/model/paths.ts';
import { collectionDescriptions } from '../src/model/registry.ts';
import { launchBrowser, type Browser } from './support/browser.ts';
import { runDecapServer, startGateway, type Gateway } from './support/decap.ts';
import { copyProject, npmRun } from './support/project.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

let copy: string;
let decap: Awaited<ReturnType<typeof runDecapServer>>;
let gateway: Gateway;
let adminBuild: string;
let admin: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const failures: string[] = [];
const cleanups: (() => unknown)[] = [];
let heidenauUsesAtBuild: UseSite[] = [];

function build(outDir: string, env: Record<string, string> = {}): void {
  const result = npmRun(copy, 'build', { OUT_DIR: outDir, ...env });
  if (result.status !== 0) throw new Error(`Build der Kopie fehlgeschlagen:\n${result.stdout}\n${result.stderr}`);
}

function read(file: string): string {
  return readFileSync(path.join(copy, file), 'utf8');
}

/** Decap's "Veröffentlichen → Jetzt veröffentlichen" (simple publishing with decap-server). */
async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
  await page.getByText('Jetzt veröffentlichen', { exact: true }).click();
}

async function publishAndWait(): Promise<void> {
  await publish();
  await page.getByText('Änderungen gespeichert', { exact: true }).waitFor();
  // A new entry moves from …/new to …/entries/<slug> once saved; navigating earlier races with that.
  await page.waitForURL(/\/entries\//);
}

/**
 * Loads /admin/ at `hash` in a new tab and closes the previous one without asking. Decap keeps showing a
 * list from before the last save until the page is loaded again, so every step starts from a fresh load.
 * Reloading the same tab instead made Chromium ask "leave this page?" over unsaved changes, and on a slow
 * machine that dialog outlived its handler and blocked the tab for the rest of the file (CI, 5 Dec).
 */
async function openAdmin(hash = ''): Promise<void> {
  const previous = page as Page | undefined;
  page = await browser.context.newPage();
  await previous?.close({ runBeforeUnload: false });
  await page.goto(`${gateway.url}/admin/${hash}`);
}

/**
 * Opens a collection and an entry by its line in the list, as an editor does.
 */
async function openEntry(collection: string, summary: string): Promise<void> {
  await openAdmin(`#/collections/${collection}`);
  await page.getByText(summary, { exact: true }).click();
}

async function newEntry(collection: keyof typeof collectionDescriptions): Promise<void> {
  await openAdmin(`#/collections/${collection}`);
  const singular = collectionDescriptions[collection].labelSingular;
  await page.getByRole('link', { name: `Beitrag vom Typ ${singular} erstellen` }).click();
}

/** Chooses an entry in a relation or select field (Decap uses react-select). */
async function choose(label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Waits until the element is visible (playwright-core has no expect matchers of its own). */
async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

async function valueOf(label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  await expect.poll(() => input.inputValue(), { message: `Feld „${label}“ wird geladen` }).not.toBe('');
  return input.inputValue();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits for `message` inside the field labelled `label` (Decap lists a field's errors right above it). */
async function besideField(label: string, message: RegExp): Promise<void> {
  const container = page
    .locator('label')
    .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
    .first()
    .locator('xpath=ancestor::div[contains(@class, "-ControlContainer")][1]');
  await visible(container.getByText(message));
}

/** Chooses a new photo for the title image in Decap's media library, uploaded from this computer. */
async function uploadPhoto(name: string, width: number): Promise<void> {
  await page.getByRole('button', { name: 'Bild auswählen', exact: true }).click();
  // „Hochladen“ is a label for Decap's hidden file input; the file goes to that input.
  const buffer = await syntheticPhoto({ width, height: Math.round((width * 2) / 3), seed: width });
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/jpeg', buffer });
  // Decap shows the upload as a draft card; choosing it enables „Ausgewähltes Element verwenden“.
  const use = page.getByRole('button', { name: 'Ausgewähltes Element verwenden', exact: true });
  await expect
    .poll(async () => {
      await page.getByText(name, { exact: true }).click();
      return use.isEnabled();
    })
    .toBe(true);
  await use.click();
}

/** Every entry whose reference fields name the town Heidenau, read from the copy's files (as /admin/ was built). */
function usesOfHeidenau(): UseSite[] {
  const entries = (Object.keys(collectionDescriptions) as (keyof typeof collectionDescriptions)[]).flatMap((c) => {
    const d = collectionDescriptions[c];
    return readdirSync(path.join(copy, d.folder))
      .filter((f) => f.endsWith(`.${d.format}`))
      .map((f) => ({ collection: c, id: f.replace(/\.[^.]+$/, ''), data: parseEntryFile(read(`${d.folder}/${f}`), d.format) }));
  });
  return buildUsedBy(entries)[usedByKey('towns', 'heidenau')] ?? [];
}

beforeAll(async () => {
  copy = copyProject('asskomm-cms-');
  cleanups.push(() => rmSync(copy, { recursive: true, force: true }));
  decap = await runDecapServer(copy);
  cleanups.push(() => decap.stop());
  gateway = await startGateway(decap.port);
  cleanups.push(() => gateway.close());
  adminBuild = mkdtempSync(path.join(os.tmpdir(), 'asskomm-cms-admin-'));
  cleanups.push(() => rmSync(adminBuild, { recursive: true, force: true }));
  build(adminBuild, { CMS_LOCAL_BACKEND: `${gateway.url}/api/v1` });
  heidenauUsesAtBuild = usesOfHeidenau();
  admin = await serveStatic(adminBuild);
  cleanups.push(() => admin.close());
  gateway.setSite(admin.url);

  browser = await launchBrowser();
  cleanups.push(() => browser.close());
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  // On the context, so that every tab openAdmin() opens has them.
  // Decap asks with window.confirm: leave a page, publish. Restoring a local backup of an abandoned draft: no.
  // A dialog may be gone before it is answered (its tab closed); that is no error of the CMS.
  browser.context.on('dialog', (d) => void (d.message().includes('Backup') ? d.dismiss() : d.accept()).catch(() => undefined));
  browser.context.on('request', (r) => requests.push(r.url()));
  browser.context.on('requestfailed', (r) => failures.push(`${r.url()} (${r.failure()?.errorText})`));
  browser.context.on('response', (r) => void (r.status() >= 400 && failures.push(`${r.url()} (${r.status()})`)));
}, 300_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

beforeEach((context) => {
  onTestFailed(async () => {
    const shot = path.join(os.tmpdir(), `asskomm-cms-${context.task.name.slice(0, 3).replace(/\W/g, '')}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    console.log(`Bildschirmfoto beim Fehler: ${shot} (${page.url()})`);
  });
});

describe('Redaktion mit Decap CMS unter /admin/', () => {
  it('(d) loads everything from its own origin, in German, and logs in to decap-server', async () => {
    await openAdmin();
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    expect(await page.locator('body').getAttribute('data-pagefind-ignore')).toBe('all');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    const sitemaps = readdirSync(adminBuild).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(readFileSync(path.join(adminBuild, f), 'utf8')).not.toContain('/admin/');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { name: 'Inhaltstypen' }).waitFor();
    for (const c of Object.values(collectionDescriptions)) {
      await visible(page.getByRole('link', { name: c.label, exact: true }));
    }
    await page.waitForLoadState('networkidle');
    const foreign = requests.filter((u) => /^https?:/.test(u) && new URL(u).origin !== gateway.url);
    expect(foreign, 'Anfragen an andere Adressen').toEqual([]);
    expect(requests.some((u) => u.endsWith('/admin/decap-cms.js'))).toBe(true);
    expect(failures, 'fehlgeschlagene Anfragen').toEqual([]);
  });

  it('(c) opening an entry and saving it without a change leaves its file byte for byte', async () => {
    // Decap only saves a changed entry, so: change one character, save, undo it, save again.
    const cases: { collection: keyof typeof collectionDescriptions; field: string }[] = [
      { collection: 'articles', field: 'title' },
      { collection: 'events', field: 'title' },
      { collection: 'towns', field: 'name' },
      { collection: 'agreements', field: 'title' },
      { collection: 'settings', field: 'siteName' },
    ];
    for (const { collection, field } of cases) {
      const c = collectionDescriptions[collection];
      const name = readdirSync(path.join(copy, c.folder)).filter((f) => f.endsWith(`.${c.format}`)).sort()[0]!;
      const file = `${c.folder}/${name}`;
      const original = read(file);
      const data = parseEntryFile(original, c.format);
      const value = String(data[field]);
      const specs = c.fields as Record<string, { spec: { label: string; kind: string } }>;
      // The list line, as the generated config's `summary` shows it.
      const summary =
        collection === 'settings'
          ? 'Einstellungen der Website'
          : specs.date?.spec.kind === 'date'
            ? `${value} · ${String(data.date).split('-').reverse().join('.')}`
            : value;
      const label = specs[field]!.spec.label;

      await openEntry(collection, summary);
      expect(await valueOf(label)).toBe(value);
      await page.getByLabel(label, { exact: true }).press('End');
      await page.keyboard.type('!');
      await publishAndWait();
      const changed = read(file).split('\n');
      const diff = original.split('\n').filter((l, i) => l !== changed[i]);
      expect(diff, `${file}: nur die geänderte Zeile ist anders`).toHaveLength(1);

      await openEntry(collection, summary.replace(value, `${value}!`));
      expect(await valueOf(label)).toBe(`${value}!`);
      await page.getByLabel(label, { exact: true }).press('End');
      await page.keyboard.press('Backspace');
      await publishAndWait();
      expect(read(file), `${file} nach Speichern ohne Änderung`).toBe(original);
    }
  });

  it('(j) the editor journey: a new info day, then a press release with photo, town, event and topic, published (built in a)', async () => {
    const started = Date.now();
    const heidenau = parseEntryFile(read('content/towns/heidenau.yaml'), 'yaml').name as string;
    const topic = TOPICS.find((t) => t.value === 'schulabsentismus')!.label;

    await newEntry('events');
    await page.getByLabel('Titel', { exact: true }).fill('Elternabend zur Schulpflicht');
    await choose('Art', 'Informationstag');
    await page.getByLabel('Datum', { exact: true }).fill('2026-09-17');
    await page.getByLabel('Beginn (optional)', { exact: true }).fill('18:00');
    await page.getByLabel('Ort', { exact: true }).fill('Heidenau');
    await choose('Kommune (optional)', heidenau);
    await publishAndWait();

    await newEntry('articles');
    await page.getByLabel('Titel', { exact: true }).fill('Elternabend in Heidenau angekündigt');
    await choose('Art der Meldung', 'Pressemitteilung');
    await page.getByLabel('Datum', { exact: true }).fill('2026-09-01');
    await page.getByLabel('Vorspann', { exact: true }).fill('Die Stadt lädt Eltern zu einem Abend über die Schulpflicht ein.');
    await uploadPhoto('elternabend.jpg', MIN_PHOTO_WIDTH);
    await page.getByLabel('Alternativtext', { exact: false }).first().fill('Ein Klassenzimmer mit leeren Stühlen');
    await page.getByLabel('Bildunterschrift', { exact: false }).first().fill('Das Foto zeigt ein Klassenzimmer.');
    await page.getByLabel('Bildnachweis', { exact: false }).first().fill('© Test');
    await choose('Kommunen (optional)', heidenau);
    await choose('Termine (optional)', 'Elternabend zur Schulpflicht');
    await choose('Themen (optional)', topic);
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Der Abend beginnt um 18 Uhr.');
    await publishAndWait();
    console.log(`Redaktionsweg im CMS (Termin und Pressemitteilung mit Foto): ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // Reopened, the photo shows as a thumbnail in its field (it was blank once).
    await openEntry('articles', 'Elternabend in Heidenau angekündigt · 01.09.2026');
    const thumbnail = page.locator('img[src*="elternabend"], img[src^="blob:"]').first();
    await visible(thumbnail);
    await expect.poll(() => thumbnail.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

    const articleFile = 'content/articles/elternabend-in-heidenau-angekuendigt.mdx';
    const article = parseEntryFile(read(articleFile), 'mdx') as Record<string, unknown> & { hero: { src: string } };
    expect(article).toMatchObject({
      towns: ['heidenau'],
      events: ['elternabend-zur-schulpflicht'],
      topics: ['schulabsentismus'],
      hero: { alt: 'Ein Klassenzimmer mit leeren Stühlen', credit: '© Test' },
    });
    expect(existsSync(path.resolve(path.dirname(path.join(copy, articleFile)), article.hero.src)), article.hero.src).toBe(true);
    const problems = await validateContent(copy);
    expect(problems.filter((p) => p.file === articleFile || p.file.includes('elternabend'))).toEqual([]);
    // Its pages are checked on the build of test (a), which runs next.
  });

  it('(a) an article linked to Heidenau and an event with date and time end up on the built site, with the journey of (j)', async () => {
    const heidenau = parseEntryFile(read('content/towns/heidenau.yaml'), 'yaml').name as string;

    await newEntry('articles');
    await page.getByLabel('Titel', { exact: true }).fill('Probeartikel aus dem CMS');
    await choose('Art der Meldung', 'Pressemitteilung');
    await page.getByLabel('Datum', { exact: true }).fill('2026-03-14');
    await page.getByLabel('Vorspann', { exact: true }).fill('Ein Vorspann, im CMS geschrieben.');
    await choose('Kommunen (optional)', heidenau);
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Kinder < 6 Jahre {ca. 5 €}');
    await publishAndWait();

    await newEntry('events');
    await page.getByLabel('Titel', { exact: true }).fill('Probetermin aus dem CMS');
    await choose('Art', 'Informationstag');
    // Typed and emptied again: Decap would write `summary: ""`, which the content check refuses.
    await page.getByLabel('Kurzbeschreibung (optional)', { exact: true }).fill('wird gleich gelöscht');
    await page.getByLabel('Kurzbeschreibung (optional)', { exact: true }).fill('');
    await page.getByLabel('Datum', { exact: true }).fill('2026-05-12');
    await page.getByLabel('Beginn (optional)', { exact: true }).fill('14:00');
    await page.getByLabel('Ende (optional)', { exact: true }).fill('16:30');
    await page.getByLabel('Ort', { exact: true }).fill('Heidenau');
    await choose('Kommune (optional)', heidenau);
    await publishAndWait();

    const articleFile = 'content/articles/probeartikel-aus-dem-cms.mdx';
    const eventFile = 'content/events/probetermin-aus-dem-cms.yaml';
    expect(read(articleFile)).toContain('towns:\n  - heidenau\n');
    expect(read(articleFile)).toMatch(/\nKinder \\< 6 Jahre \\\{ca\. 5 €\\\}\n?$/);
    expect(parseEntryFile(read(eventFile), 'yaml')).toMatchObject({
      date: '2026-05-12',
      startTime: '14:00',
      endTime: '16:30',
      venue: { city: 'Heidenau' },
      town: 'heidenau',
    });
    expect(read(eventFile)).not.toContain('summary');
    const problems = await validateContent(copy);
    expect(problems.filter((p) => p.file === articleFile || p.file === eventFile)).toEqual([]);

    const siteDir = mkdtempSync(path.join(os.tmpdir(), 'asskomm-cms-site-'));
    cleanups.push(() => rmSync(siteDir, { recursive: true, force: true }));
    build(siteDir);
    const site = await serveStatic(siteDir);
    cleanups.push(() => site.close());

    await page.goto(`${site.url}${paths.article('probeartikel-aus-dem-cms')}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Probeartikel aus dem CMS' }));
    await visible(page.getByText('Kinder < 6 Jahre {ca. 5 €}', { exact: true }));
    await visible(page.getByRole('link', { name: heidenau, exact: true }));

    await page.goto(`${site.url}${paths.event('probetermin-aus-dem-cms')}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Probetermin aus dem CMS' }));
    expect(await page.locator('main').textContent()).toContain('14:00');

    const ics = path.join(siteDir, paths.eventIcs('probetermin-aus-dem-cms'));
    expect(existsSync(ics), ics).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')));
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Probetermin aus dem CMS');
    // 14:00 and 16:30 in Berlin in May (CEST, UTC+2).
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-05-12T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-05-12T14:30:00.000Z');
    // The editor journey of test (j), on the same build.
    await page.goto(`${site.url}${paths.article('elternabend-in-heidenau-angekuendigt')}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Elternabend in Heidenau angekündigt' }));
    const img = page.getByRole('img', { name: 'Ein Klassenzimmer mit leeren Stühlen' });
    await visible(img);
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await visible(page.getByText('© Test'));
    await visible(page.getByRole('link', { name: heidenau, exact: true }));
    await visible(page.getByRole('link', { name: 'Elternabend zur Schulpflicht' }));
    await page.goto(`${site.url}${paths.event('elternabend-zur-schulpflicht')}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Elternabend zur Schulpflicht' }));
    expect(await page.locator('main').textContent()).toContain('18:00');
  });

  it('(b) refuses to save without a required field, and a half-filled title image, in German', async () => {
    const before = readdirSync(path.join(copy, 'content/events')).sort();
    await newEntry('events');
    await choose('Art', 'Fachtag');
    await page.getByLabel('Datum', { exact: true }).fill('2026-06-01');
    await page.getByLabel('Ort', { exact: true }).fill('Pirna');
    await publish();
    await besideField('Titel', /^„Titel“ muss ausgefüllt werden\.$/);
    expect(readdirSync(path.join(copy, 'content/events')).sort()).toEqual(before);

    const articles = readdirSync(path.join(copy, 'content/articles')).sort();
    await newEntry('articles');
    await page.getByLabel('Titel', { exact: true }).fill('Artikel mit halbem Titelbild');
    await choose('Art der Meldung', 'Pressemitteilung');
    await page.getByLabel('Datum', { exact: true }).fill('2026-03-15');
    await page.getByLabel('Vorspann', { exact: true }).fill('Vorspann.');
    await page.getByLabel('Alternativtext (optional)', { exact: true }).fill('Ein Foto ohne Datei');
    await publish();
    await visible(page.getByText(/Nicht gespeichert\. „Titelbild“ ist nur teilweise ausgefüllt: Bitte auch „Bilddatei“/));
    expect(readdirSync(path.join(copy, 'content/articles')).sort()).toEqual(articles);
  });

  it('(e) makes the address of a new article from its title with ä → ae, ö → oe, ü → ue, ß → ss', async () => {
    await newEntry('articles');
    await page.getByLabel('Titel', { exact: true }).fill('Prävention für 14-Jährige an der Straße');
    await choose('Art der Meldung', 'Pressemitteilung');
    await page.getByLabel('Datum', { exact: true }).fill('2026-03-16');
    await page.getByLabel('Vorspann', { exact: true }).fill('Vorspann.');
    await publishAndWait();
    expect(page.url()).toContain('/entries/praevention-fuer-14-jaehrige-an-der-strasse');
    const file = 'content/articles/praevention-fuer-14-jaehrige-an-der-strasse.mdx';
    expect(existsSync(path.join(copy, file)), file).toBe(true);
    expect(parseEntryFile(read(file), 'mdx')).toMatchObject({ title: 'Prävention für 14-Jährige an der Straße' });
    expect(Object.keys(parseEntryFile(read(file), 'mdx'))).not.toContain('adresseAusDemTitel');
  });

  it('(f) refuses an event ending before it starts and a 4-digit postcode with the content check\'s words beside each field', async () => {
    const before = readdirSync(path.join(copy, 'content/events')).sort();
    await newEntry('events');
    await page.getByLabel('Titel', { exact: true }).fill('Termin mit falschem Ende');
    await choose('Art', 'Fachtag');
    await page.getByLabel('Datum', { exact: true }).fill('2026-06-02');
    await page.getByLabel('Beginn (optional)', { exact: true }).fill('14:00');
    await page.getByLabel('Ende (optional)', { exact: true }).fill('13:00');
    await page.getByLabel('Postleitzahl (optional)', { exact: true }).fill('0179');
    await page.getByLabel('Ort', { exact: true }).fill('Pirna');
    await publish();
    await besideField('Ende (optional)', /„Ende“ \(13:00 Uhr\) liegt nicht nach dem Beginn \(14:00 Uhr\)\./);
    await besideField('Postleitzahl (optional)', /„Ort › Postleitzahl“ „0179“ ist keine Postleitzahl: Sie hat genau 5 Ziffern\./);
    expect(readdirSync(path.join(copy, 'content/events')).sort()).toEqual(before);
  });

  it('(g) refuses a short title with <jetzt> for its HTML, not for its length', async () => {
    const before = readdirSync(path.join(copy, 'content/events')).sort();
    await newEntry('events');
    await page.getByLabel('Titel', { exact: true }).fill('Anmelden <jetzt>');
    await choose('Art', 'Fachtag');
    await page.getByLabel('Datum', { exact: true }).fill('2026-06-03');
    await page.getByLabel('Ort', { exact: true }).fill('Pirna');
    await publish();
    await besideField('Titel', /„Titel“ enthält HTML-Code/);
    // Decap's own length message would read „… höchstens 160 Zeichen in einer Zeile“ (the hint below the field says „Eine Zeile, höchstens 160 Zeichen.“).
    expect(await page.getByText(/höchstens 160 Zeichen in einer Zeile/).count()).toBe(0);
    expect(readdirSync(path.join(copy, 'content/events')).sort()).toEqual(before);
  });

  it('(m) refuses a new article with the title and day of one that exists, beside its title, in the content check\'s words', async () => {
    const file = 'content/articles/mehr-als-nur-die-nummer-53.mdx';
    const existing = parseEntryFile(read(file), 'mdx') as { title: string; date: string };
    const before = readdirSync(path.join(copy, 'content/articles')).sort();
    await newEntry('articles');
    await page.getByLabel('Titel', { exact: true }).fill(existing.title);
    await choose('Art der Meldung', 'Pressemitteilung');
    await page.getByLabel('Datum', { exact: true }).fill(existing.date);
    await page.getByLabel('Vorspann', { exact: true }).fill('Noch einmal dieselbe Meldung.');
    await publish();
    await besideField('Titel', new RegExp(escapeRegExp(`„Titel“ ${sameEntryMessage(existing.title, file)}`)));
    expect(readdirSync(path.join(copy, 'content/articles')).sort()).toEqual(before);
  });

  it('(h) shows where an entry is used, opens a use with its own values, and refuses to delete it with that list', async () => {
    const uses = heidenauUsesAtBuild;
    expect(uses.length).toBeGreaterThan(1);
    const labelSingular = (c: keyof typeof collectionDescriptions) => collectionDescriptions[c].labelSingular;

    await openEntry('towns', 'Heidenau');
    const box = page.locator('[data-verwendet-in]');
    await visible(box);
    const items = await box.getByRole('listitem').allTextContents();
    expect(items.sort()).toEqual(uses.map((u) => describeUse(u, labelSingular)).sort());

    const dialogs: string[] = [];
    const onDialog = (d: { message(): string }) => void dialogs.push(d.message());
    page.on('dialog', onDialog);
    await page.getByRole('button', { name: 'Eintrag löschen', exact: true }).click();
    await expect.poll(() => dialogs.length).toBeGreaterThan(0);
    page.off('dialog', onDialog);
    expect(dialogs[0]).toContain(`Dieser Eintrag wird nicht gelöscht: ${uses.length} andere Einträge verweisen auf ihn.`);
    for (const u of uses) expect(dialogs[0]).toContain(describeUse(u, labelSingular));
    await new Promise((r) => setTimeout(r, 1000));
    expect(existsSync(path.join(copy, 'content/towns/heidenau.yaml'))).toBe(true);
    expect(page.url()).toContain('/entries/heidenau');

    // A link opens the referring entry with its own values (a change of the address after „#“ alone kept the
    // town's form, with its list in the article's title).
    const article = uses.find((u) => u.collection === 'articles')!;
    await box.getByRole('link', { name: describeUse(article, labelSingular), exact: true }).click();
    await page.waitForURL(new RegExp(`/entries/${article.id}$`));
    expect(await valueOf('Titel')).toBe(article.title);
    await visible(page.frameLocator('#preview-pane').getByRole('heading', { level: 1, name: article.title, exact: true }));
  });

  it('(i) shows no unusable formatting toolbar, and none of Decap’s English texts or labels', async () => {
    const load = async (lang: string) =>
      ((await import(`decap-cms-locales/dist/esm/${lang}/index.js` as string)) as { default: Record<string, unknown> }).default;
    const [en, de] = await Promise.all([load('en'), load('de')]);
    const german = germanPhrases(de);
    /** Decap's English phrases (placeholders aside) whose German differs: seeing one means English on screen. */
    const english = new Set<string>();
    const walk = (a: Record<string, unknown>, b: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(a)) {
        if (typeof v === 'object' && v !== null) walk(v as Record<string, unknown>, (b[k] ?? {}) as Record<string, unknown>);
        else if (typeof v === 'string' && !v.includes('%{') && v.length > 3 && v !== b[k]) english.add(v);
      }
    };
    walk(en, german);

    const article = readdirSync(path.join(copy, 'content/articles')).find((f) => f.endsWith('.mdx'))!.replace(/\.mdx$/, '');
    await openAdmin(`#/collections/articles/entries/${article}`);
    await visible(page.getByLabel('Titel', { exact: true }));
    const bold = (german as { editor: { editorWidgets: { markdown: { bold: string } } } }).editor.editorWidgets.markdown.bold;
    expect(await page.getByRole('button', { name: bold }).filter({ visible: true }).count(), 'Knopf „Fett“ der Werkzeugleiste').toBe(0);

    const shown = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim();
        if (text && (n.parentElement?.checkVisibility() ?? false)) out.push(text);
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        for (const a of ['aria-label', 'title', 'placeholder']) {
          const v = el.getAttribute(a)?.trim();
          if (v) out.push(v);
        }
      }
      return out;
    });
    expect(shown.filter((t) => english.has(t))).toEqual([]);
    expect(shown.length).toBeGreaterThan(20);
  });

  it('(k) refuses a photo narrower than the site shows photos, with the content check\'s words, before saving', async () => {
    const before = readdirSync(path.join(copy, 'content/articles')).sort();
    await newEntry('articles');
    await page.getByLabel('Titel', { exact: true }).fill('Artikel mit zu kleinem Foto');
    await choose('Art der Meldung', 'Pressemitteilung');
    await page.getByLabel('Datum', { exact: true }).fill('2026-09-02');
    await page.getByLabel('Vorspann', { exact: true }).fill('Vorspann.');
    await uploadPhoto('zu-klein.jpg', 600);
    await page.getByLabel('Alternativtext', { exact: false }).first().fill('Ein kleines Foto');
    await page.getByLabel('Bildunterschrift', { exact: false }).first().fill('Klein.');
    await page.getByLabel('Bildnachweis', { exact: false }).first().fill('© Test');
    await publish();
    await visible(page.getByText(new RegExp(`„Titelbild › Bilddatei“ ${escapeRegExp(photoWidthProblem(600)!)}`)));
    expect(readdirSync(path.join(copy, 'content/articles')).sort()).toEqual(before);
  });

  it('(l) previews every collection in the site\'s words: German dates, names instead of ids, no alt text as text', async () => {
    const titleOf = (c: keyof typeof collectionDescriptions, id: string) => {
      const d = collectionDescriptions[c];
      return String(parseEntryFile(read(`${d.folder}/${id}.${d.format}`), d.format)[d.summaryField]);
    };
    /** The preview of the tab open now (openAdmin() opens a new one). */
    const preview = () => page.frameLocator('#preview-pane');
    for (const c of Object.keys(collectionDescriptions) as (keyof typeof collectionDescriptions)[]) {
      const d = collectionDescriptions[c];
      const id = d.singleton?.id ?? readdirSync(path.join(copy, d.folder)).find((f) => f.endsWith(`.${d.format}`))!.replace(/\.[^.]+$/, '');
      await openAdmin(`#/collections/${c}/entries/${id}`);
      const article = preview().locator(`[data-vorschau="${c}"]`);
      await visible(article);
      expect(await article.locator('.vorschau-art').textContent(), c).toBe(d.labelSingular);
      if (!d.singleton) expect(await article.getByRole('heading', { level: 1 }).textContent(), c).toBe(titleOf(c, id));
    }

    // The Heidenau info day: its date as the site writes it, its town by name.
    const infoDay = 'infotag-schulabsentismus-heidenau-2023';
    const event = parseEntryFile(read(`content/events/${infoDay}.yaml`), 'yaml') as { date: string; town: string };
    await openAdmin(`#/collections/events/entries/${infoDay}`);
    const facts = preview().locator('[data-vorschau="events"] .vorschau-fakten').first();
    await visible(facts);
    const text = (await facts.textContent()) ?? '';
    expect(text).toContain(formatDate(event.date));
    expect(text).not.toContain(event.date);
    expect(text).toContain(titleOf('towns', event.town));

    // An article with towns and people: names, never ids run together; no alternative text printed.
    const withPeople = readdirSync(path.join(copy, 'content/articles')).find((f) => {
      const data = parseEntryFile(read(`content/articles/${f}`), 'mdx') as { people?: string[] };
      return (data.people?.length ?? 0) > 1;
    })!;
    const data = parseEntryFile(read(`content/articles/${withPeople}`), 'mdx') as { people: string[] };
    await openAdmin(`#/collections/articles/entries/${withPeople.replace(/\.mdx$/, '')}`);
    const articleFacts = preview().locator('[data-vorschau="articles"] .vorschau-fakten').first();
    await visible(articleFacts);
    const shown = (await articleFacts.textContent()) ?? '';
    for (const person of data.people) expect(shown).toContain(titleOf('people', person));
    expect(shown).not.toContain(data.people.join(''));
    expect(shown).not.toContain('Alternativtext');

    // Typed text shows as the site will show it: „<jetzt>“ and braces stay visible (the CMS escapes them on saving).
    await newEntry('articles');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Anmelden <jetzt> {bis Freitag}');
    // The address the new article will get, shown before the first save.
    await page.getByLabel('Titel', { exact: true }).fill('Größere Übung für Jugendliche');
    await visible(preview().getByText(paths.article('groessere-uebung-fuer-jugendliche'), { exact: true }));
    await visible(preview().locator('.vorschau-text').getByText('Anmelden <jetzt> {bis Freitag}', { exact: true }));
  });
});
