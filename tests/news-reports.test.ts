/**
 * The news archive's short reports (Kurzmeldungen, issue 19), checked against the content they summarise:
 * every date, number, person and town in a report's text must be one that its linked entries or its cited
 * sources carry; no report lacks a source. Then on the built site: the genre is visible in lists, the article
 * head and the feed; town, person and agreement pages list the reports by themselves; "Aktuelles" says how many
 * agreements have no known day. Every expectation is computed from content/, never copied from the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { dateIsKnown, datesInText, namesInText, numbersInText, titledNames, withoutPhrases } from '../src/model/articles/fact-check.ts';
import { splitFrontmatter } from '../src/lib/content/reader.ts';
import { contentEntries, type RawEntry, type AgreementYaml, type ArticleYaml, type EventYaml, type TownYaml } from './support/content.ts';
import { projectRoot } from './support/project.ts';
import { readPage } from './quality/support/site.ts';

const siteDir = inject('siteDir');


const byId = <T,>(list: RawEntry<T>[]) => new Map(list.map((e) => [e.id, e.data]));
const articles = contentEntries<ArticleYaml>('articles').filter((a) => a.data.draft !== true);
const reports = articles.filter((a) => a.data.genre === 'Kurzmeldung');
const agreements = byId(contentEntries<AgreementYaml>('agreements'));
const towns = byId(contentEntries<TownYaml>('towns'));
const people = byId(contentEntries<{ name: string }>('people'));
const events = byId(contentEntries<EventYaml>('events'));
const organisations = contentEntries<{ name: string }>('organisations').map((o) => o.data.name);

/** The report as a reader sees it: title, lead and body, without Markdown marks. */
function readerText(id: string, data: ArticleYaml): string {
  const file = readFileSync(path.join(projectRoot, 'content/articles', `${id}.mdx`), 'utf8');
  const body = splitFrontmatter(file).body.replace(/[#*_>]/g, ' ');
  return `${data.title}\n${data.lead}\n${body}`.replace(/\s+/g, ' ');
}

/** Spellings of each town: its official name, and the part before "/" or " i.d." ("Krauschwitz"). */
const townNames = new Map<string, string>();
for (const [id, t] of towns) {
  townNames.set(t.name, id);
  const short = t.name.split(/\/| i\.d\. /)[0]!.trim();
  if (short !== t.name && short.length > 3) townNames.set(short, id);
}
const personNames = new Map([...people].map(([id, p]) => [p.name, id]));
/** Phrases that contain a town's name but name something else: organisations and districts. */
const notTowns = (text: string) =>
  withoutPhrases(text, organisations).replace(/Landkreis(?:es)? (?:Sächsische Schweiz-Osterzgebirge|[\p{L}-]+)/gu, ' ');

function linked(data: ArticleYaml) {
  const ags = (data.agreements ?? []).map((id) => agreements.get(id)!);
  const evs = (data.events ?? []).map((id) => events.get(id)!);
  const ts = (data.towns ?? []).map((id) => towns.get(id)!);
  return { ags, evs, ts };
}

describe.each(reports.map((r) => [r.id, r.data] as const))('Kurzmeldung %s', (id, data) => {
  const text = readerText(id, data);
  const { ags, evs, ts } = linked(data);

  it('cites at least one source, and links only full https addresses', () => {
    expect(data.sources?.length ?? 0).toBeGreaterThan(0);
    for (const s of data.sources ?? []) if (s.url) expect(s.url).toMatch(/^https:\/\/[^\s]+$/);
  });

  it('writes only dates that its linked agreements, events, town milestones or sources carry', () => {
    const known = [
      ...ags.map((a) => a.date),
      ...evs.map((e) => e.date),
      ...ts.flatMap((t) => (t.milestones ?? []).map((m) => m.date)),
      ...(data.sources ?? []).map((s) => s.date),
    ].filter((d): d is string => typeof d === 'string');
    // The report is dated by what it reports: that day must be one the linked entries carry.
    expect(known, 'Datum der Meldung').toContain(data.date);
    const found = datesInText(text);
    expect(found.days.length, 'Die Meldung nennt den Tag.').toBeGreaterThan(0);
    for (const d of [...found.days, ...found.months, ...found.years]) expect(dateIsKnown(d, known), `${d} in „${data.title}“`).toBe(true);
  });

  it('marks its date as uncertain exactly when the linked agreement of that day is uncertain, and says so', () => {
    const sameDay = ags.filter((a) => a.date === data.date);
    const uncertain = sameDay.some((a) => a.dateUncertain === true);
    expect(data.dateUncertain === true).toBe(uncertain);
    if (uncertain) expect(text).toMatch(/nicht gesichert/);
  });

  it('writes only numbers that its linked entries carry, and the agreement number where one is known', () => {
    const allowed = new Set<number>(ags.flatMap((a) => (a.number ? [a.number] : [])));
    for (const t of [...ags.flatMap((a) => [a.title, a.summary, a.note]), ...evs.flatMap((e) => [e.title, e.summary, e.note]), ...ts.flatMap((t) => (t.milestones ?? []).map((m) => m.note))]) {
      for (const n of numbersInText(datesInText(t ?? '').rest)) allowed.add(n);
    }
    for (const n of numbersInText(datesInText(text).rest)) expect(allowed, `Zahl ${n} in „${data.title}“`).toContain(n);
    const sameDay = ags.filter((a) => a.date === data.date && a.number);
    for (const a of sameDay) expect(text).toContain(`${a.number}.`);
  });

  it('names only linked people, and links only people who signed or were present', () => {
    const named = namesInText(text, personNames);
    expect([...named].sort()).toEqual([...(data.people ?? [])].sort());
    const linkedNames = (data.people ?? []).map((p) => people.get(p)!.name);
    for (const n of titledNames(text)) expect(linkedNames.some((l) => n.startsWith(l)), `„${n}“ ist keine verlinkte Person`).toBe(true);
    const participants = new Set(ags.flatMap((a) => [...a.signedBy, ...(a.present ?? [])]).map((p) => p.person));
    for (const p of data.people ?? []) expect(participants, p).toContain(p);
  });

  it('names only linked towns, names every linked town, and links every town of its agreements', () => {
    for (const t of namesInText(notTowns(text), townNames)) expect(data.towns ?? [], `${t} in „${data.title}“`).toContain(t);
    for (const t of ts) expect(text).toContain(t.name.split(/ i\.d\. /)[0]);
    for (const a of ags) for (const t of a.towns) expect(data.towns ?? []).toContain(t);
  });
});

describe('coverage of the dated milestones', () => {
  const linkedBy = (field: 'agreements' | 'events' | 'towns', id: string, date?: string) =>
    articles.filter((a) => (a.data[field] ?? []).includes(id) && (date === undefined || a.data.date === date));

  it('has a report dated on the day of every agreement whose day is given', () => {
    const dated = [...agreements].filter(([, a]) => a.date?.length === 10);
    expect(dated.length).toBeGreaterThan(0);
    for (const [id, a] of dated) expect(linkedBy('agreements', id, a.date), id).not.toHaveLength(0);
  });

  it('has a report for every event that has a source, and for every dated town milestone', () => {
    for (const [id, e] of events) if ((e.sources ?? []).length > 0) expect(linkedBy('events', id), id).not.toHaveLength(0);
    for (const [id, t] of towns) {
      for (const m of t.milestones ?? []) if (m.date?.length === 10) expect(linkedBy('towns', id, m.date), `${id} ${m.date}`).not.toHaveLength(0);
    }
  });

  it('has a year page for every year with a dated agreement', async () => {
    const years = new Set([...agreements.values()].filter((a) => a.date?.length === 10).map((a) => a.date!.slice(0, 4)));
    for (const year of years) {
      const doc = await readPage(siteDir, `aktuelles/${year}/index.html`);
      expect(doc.querySelectorAll('main article h2 a').length, year).toBeGreaterThan(0);
    }
  });
});

const clean = (s: string | undefined) => (s ?? '').replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
const listedTitles = async (file: string) => (await readPage(siteDir, file)).querySelectorAll('main article h3 a').map((a) => clean(a.textContent));
const titlesLinking = (field: 'towns' | 'people' | 'agreements', id: string) =>
  articles.filter((a) => (a.data[field] ?? []).includes(id)).map((a) => a.data.title).sort();

describe('on the built site', () => {
  it('town, person and agreement pages list the articles that link them', async () => {
    const ids = (field: 'towns' | 'people' | 'agreements') => new Set(articles.flatMap((a) => a.data[field] ?? []));
    for (const id of ids('towns')) expect((await listedTitles(`kommunen/${id}/index.html`)).sort(), id).toEqual(titlesLinking('towns', id));
    for (const id of ids('people')) expect((await listedTitles(`personen/${id}/index.html`)).sort(), id).toEqual(titlesLinking('people', id));
    for (const id of ids('agreements')) expect((await listedTitles(`vereinbarungen/${id}/index.html`)).sort(), id).toEqual(titlesLinking('agreements', id));
  });

  it('every town with an agreement shows an article, except the towns whose only agreement has no known day', async () => {
    const withArticle = new Set(articles.flatMap((a) => a.data.towns ?? []));
    const agreementTowns = new Set([...agreements.values()].flatMap((a) => a.towns));
    const without = [...agreementTowns].filter((t) => !withArticle.has(t));
    const undatedOnly = [...agreementTowns].filter((t) =>
      [...agreements.values()].filter((a) => a.towns.includes(t)).every((a) => a.date?.length !== 10),
    );
    for (const t of without) expect(undatedOnly, t).toContain(t);
    for (const t of withArticle) if (agreementTowns.has(t)) expect((await listedTitles(`kommunen/${t}/index.html`)).length, t).toBeGreaterThan(0);
  });

  it('"Aktuelles" says how many agreements have no known day', async () => {
    const all = [...agreements.values()];
    const unknownDay = all.filter((a) => !a.date || a.date.length < 10).length;
    const doc = await readPage(siteDir, 'aktuelles/index.html');
    const note = clean(doc.querySelectorAll('[data-undated-agreements]')[0]?.textContent);
    expect(note).toContain(`Von den ${all.length} Vereinbarungen`);
    expect(note).toContain(`bei ${unknownDay} kein genauer Tag der Unterzeichnung bekannt`);
  });

  it('shows the genre in every teaser, in the article head and as the first category in the feed', async () => {
    const doc = await readPage(siteDir, 'aktuelles/index.html');
    const teasers = doc.querySelectorAll('main article');
    expect(teasers.length).toBeGreaterThan(0);
    const byTitle = new Map(articles.map((a) => [a.data.title, a.data.genre]));
    for (const t of teasers) {
      const title = clean(t.querySelectorAll('h2 a')[0]?.textContent);
      expect(clean(t.textContent)).toContain(byTitle.get(title)!);
    }
    for (const a of articles) {
      const page = await readPage(siteDir, `aktuelles/${a.id}/index.html`);
      const kicker = clean(page.querySelectorAll('main header .kicker')[0]?.textContent);
      expect(kicker, a.id).toContain(a.data.genre);
    }
    const feed = readFileSync(path.join(siteDir, 'aktuelles/feed.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(articles.length);
    for (const item of items) {
      const title = item.match(/<title>([\s\S]*?)<\/title>/)![1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
      expect(item.match(/<category>([^<]*)<\/category>/)?.[1], title).toBe(byTitle.get(title));
    }
  });

  it('shows the sources below a report, linked where the address is known', async () => {
    for (const a of reports) {
      const doc = await readPage(siteDir, `aktuelles/${a.id}/index.html`);
      const section = doc.querySelectorAll('main section[aria-labelledby="quellen"]')[0];
      expect(section, a.id).toBeDefined();
      const hrefs = section!.querySelectorAll('a').map((l) => l.getAttributeValue('href'));
      expect(hrefs.sort()).toEqual((a.data.sources ?? []).flatMap((s) => (s.url ? [s.url] : [])).sort());
      for (const s of a.data.sources ?? []) expect(clean(section!.textContent)).toContain(s.title);
    }
  });

  it('marks an inferred day as not certain in the list and in the head', async () => {
    const uncertain = reports.filter((a) => a.data.dateUncertain);
    for (const a of uncertain) {
      const page = await readPage(siteDir, `aktuelles/${a.id}/index.html`);
      expect(clean(page.querySelectorAll('main header .kicker')[0]?.textContent)).toContain('(nicht gesichert)');
      const year = await readPage(siteDir, `aktuelles/${a.data.date.slice(0, 4)}/index.html`);
      const teaser = year.querySelectorAll('main article').find((t) => clean(t.querySelectorAll('h2 a')[0]?.textContent) === a.data.title);
      expect(clean(teaser?.textContent)).toContain('(nicht gesichert)');
    }
  });
});
