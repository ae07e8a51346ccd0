/**
 * Synthetic content for the build benchmark: articles (MDX) with towns (YAML, real Saxon municipalities from
 * the geodata, so the content check accepts their AGS) and events (YAML) that refer to each other like the
 * real content does. German-ish text from a seeded generator: every run builds the same site.
 *
 * Only ever written into a temporary project copy (scripts/bench.ts), never into content/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';

export type Random = () => number;

/** mulberry32: small, fast, seeded. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings always quoted, as the editors' files have them (dates stay strings, never YAML timestamps). */
const toYaml = (data: unknown) => stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const NOUNS =
  'Sicherheit Prävention Kommune Stadtrat Gemeinde Polizei Bürgerschaft Schule Straße Jugend Familie Verwaltung Landkreis Vereinbarung Kooperation Netzwerk Projekt Analyse Beratung Ordnung Präventionsrat Fachtag Sitzung Arbeitsgruppe Öffentlichkeit Nachbarschaft Ehrenamt Feuerwehr Streife Befragung Maßnahme Förderung Zivilcourage Demokratie Quartier Innenstadt Radweg Notruf Hinweis'.split(
    ' ',
  );
const PREFIXES = 'Sicherheits Präventions Verkehrs Jugend Schul Bürger Ordnungs Stadt Kreis Landes Nachbarschafts Senioren Eltern Vereins'.split(' ');
const VERBS = 'stärkt fördert plant prüft berät unterstützt verbessert beschließt vereinbart berichtet informiert begleitet eröffnet entwickelt gründet würdigt'.split(' ');
const SMALL = 'und der die das mit für im am auf aus bei nach vor über sowie auch noch schon sehr viele alle gemeinsam'.split(' ');
const ADJECTIVES = 'sichere neue gemeinsame öffentliche kommunale sächsische junge ruhige helle nachhaltige wichtige ehrenamtliche große kleine'.split(' ');

function noun(r: Random): string {
  return r() < 0.4 ? `${pick(r, PREFIXES)}${pick(r, NOUNS).toLowerCase()}` : pick(r, NOUNS);
}

/** One German-ish sentence of 8–17 words, now and then naming one of `names`. */
export function sentence(r: Random, names: readonly string[] = []): string {
  const words: string[] = [];
  const length = 8 + Math.floor(r() * 10);
  for (let i = 0; i < length; i++) {
    const x = r();
    if (x < 0.3) words.push(pick(r, SMALL));
    else if (x < 0.65) words.push(noun(r));
    else if (x < 0.8) words.push(pick(r, VERBS));
    else if (x < 0.95 || names.length === 0) words.push(pick(r, ADJECTIVES));
    else words.push(pick(r, names));
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Cuts text to at most `max` characters at a word boundary, ending with a full stop (schema limits). */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[.,]$/, '')}.`;
}

/** "Bad Schlema" → "bad-schlema", "Görlitz" → "goerlitz", "Weißwasser/O.L." → "weisswasser-o-l". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface MunicipalityInput {
  ags: string;
  name: string;
  /** "Stadt" or "Gemeinde" (BEZ in the geodata). */
  kind: string;
}

export interface Entry {
  id: string;
  file: string;
  text: string;
}

export interface Plan {
  articles: number;
  /** Synthetic towns on top of the real ones. */
  towns: number;
  events: number;
}

/** How much of each kind a benchmark size brings: a town for every 10 articles (as many as the geodata has), an event for every 5. */
export function planFor(articles: number, availableMunicipalities: number): Plan {
  return { articles, towns: Math.min(availableMunicipalities, Math.round(articles / 10)), events: Math.round(articles / 5) };
}

const TOPICS = ['kooperationsvereinbarung', 'schulabsentismus', 'praeventionsrat', 'veranstaltung', 'sicherheitsanalyse', 'qualifizierung'];
const EVENT_KINDS = ['Informationstag', 'Fachtag', 'Netzwerktreffen', 'Sitzung', 'Aktionstag', 'Konferenz'];
const AUDIENCES = ['eltern', 'schueler', 'fachkraefte', 'verwaltung', 'senioren', 'oeffentlichkeit'];

function isoDay(r: Random, fromYear: number, years: number): string {
  const year = fromYear + Math.floor(r() * years);
  const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function syntheticTown(m: MunicipalityInput, id: string, seed: number): Entry {
  const r = seeded(seed);
  const data = {
    name: m.name,
    kind: m.kind === 'Stadt' ? 'Stadt' : 'Gemeinde',
    ags: m.ags,
    milestones: [{ kind: 'kontaktiert', date: isoDay(r, 2019, 6).slice(0, 7), note: sentence(r, [m.name]) }],
    sources: [{ title: `Synthetische Quelle für ${m.name}` }],
  };
  return { id, file: `towns/${id}.yaml`, text: toYaml(data) };
}

export function syntheticEvent(index: number, town: { id: string; name: string }): Entry {
  const r = seeded(100_000 + index);
  const id = `bench-termin-${String(index).padStart(5, '0')}`;
  const start = 9 + Math.floor(r() * 8);
  const data = {
    // Titles are unique per collection (the content check rejects twins): the running number sees to that.
    title: `${pick(r, EVENT_KINDS)} in ${town.name}: ${pick(r, PREFIXES)}sicherheit, Treffen ${index + 1}`,
    kind: pick(r, EVENT_KINDS),
    summary: sentence(r, [town.name]),
    date: isoDay(r, 2019, 8),
    startTime: `${String(start).padStart(2, '0')}:00`,
    endTime: `${String(start + 2).padStart(2, '0')}:30`,
    venue: { name: `Rathaus ${town.name}`, city: town.name },
    audience: [...new Set([pick(r, AUDIENCES), pick(r, AUDIENCES)])],
    town: town.id,
  };
  return { id, file: `events/${id}.yaml`, text: toYaml(data) };
}

export function syntheticArticle(index: number, towns: readonly { id: string; name: string }[], events: readonly string[]): Entry {
  const r = seeded(index + 1);
  const id = `bench-artikel-${String(index).padStart(5, '0')}`;
  const own = [...new Map(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, towns)).map((t) => [t.id, t])).values()];
  const names = own.map((t) => t.name);
  const sections: string[] = [];
  const words = 300 + Math.floor(r() * 300);
  let written = 0;
  while (written < words) {
    if (sections.length % 3 === 0) sections.push(`## ${sentence(r, names).split(' ').slice(0, 5).join(' ').replace(/\.$/, '')}`);
    const paragraph = Array.from({ length: 3 + Math.floor(r() * 3) }, () => sentence(r, names)).join(' ');
    written += paragraph.split(' ').length;
    sections.push(paragraph);
  }
  sections.splice(2, 0, Array.from({ length: 3 }, () => `- ${sentence(r, names)}`).join('\n'));
  const front = {
    title: `${clamp(sentence(r, names), 80).replace(/\.$/, '')} in ${names[0]}`,
    genre: 'Pressemitteilung',
    date: isoDay(r, 2019, 7),
    lead: clamp(`${sentence(r, names)} ${sentence(r, names)}`, 400),
    towns: own.map((t) => t.id),
    ...(events.length > 0 && r() < 0.3 ? { events: [pick(r, events)] } : {}),
    topics: [pick(r, TOPICS)],
  };
  return { id, file: `articles/${id}.mdx`, text: `---\n${toYaml(front)}---\n\n${sections.join('\n\n')}\n` };
}

export interface Written {
  plan: Plan;
  articleIds: string[];
  townIds: string[];
  eventIds: string[];
}

/** Writes the synthetic entries for `articles` articles into `<dir>/content` (a project copy). */
export function writeSyntheticContent(dir: string, articles: number, municipalities: readonly MunicipalityInput[]): Written {
  const content = path.join(dir, 'content');
  const existing = readdirSync(path.join(content, 'towns'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parseYaml(readFileSync(path.join(content, 'towns', f), 'utf8')) as { name: string; ags?: string }) }));
  const usedAgs = new Set(existing.map((t) => t.ags).filter(Boolean));
  const usedIds = new Set(existing.map((t) => t.id));
  // Town names are unique too: a municipality whose name a town already has stays out.
  const usedNames = new Set(existing.map((t) => t.name.toLocaleLowerCase('de')));
  const free = municipalities
    .filter((m) => !usedAgs.has(m.ags))
    .sort((a, b) => a.ags.localeCompare(b.ags))
    .filter((m) => {
      const name = m.name.toLocaleLowerCase('de');
      if (usedNames.has(name)) return false;
      usedNames.add(name);
      return true;
    });
  const plan = planFor(articles, free.length);

  const entries: Entry[] = [];
  const towns: { id: string; name: string }[] = existing.map((t) => ({ id: t.id, name: t.name }));
  for (const [i, m] of free.slice(0, plan.towns).entries()) {
    let id = slugify(m.name);
    if (usedIds.has(id)) id = `${id}-${m.ags}`;
    usedIds.add(id);
    entries.push(syntheticTown(m, id, 50_000 + i));
    towns.push({ id, name: m.name });
  }
  const events = Array.from({ length: plan.events }, (_, i) => syntheticEvent(i, pick(seeded(200_000 + i), towns)));
  entries.push(...events);
  const eventIds = events.map((e) => e.id);
  const list = Array.from({ length: plan.articles }, (_, i) => syntheticArticle(i, towns, eventIds));
  entries.push(...list);

  for (const entry of entries) {
    const file = path.join(content, entry.file);
    if (existsSync(file)) throw new Error(`${entry.file} gibt es schon`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.text);
  }
  return {
    plan,
    articleIds: list.map((a) => a.id),
    townIds: entries.filter((e) => e.file.startsWith('towns/')).map((e) => e.id),
    eventIds,
  };
}

/** Every municipality of Saxony from a project's geodata, for synthetic towns the content check accepts. */
export function municipalities(projectDir: string): MunicipalityInput[] {
  const geo = JSON.parse(readFileSync(path.join(projectDir, 'src/data/geo/sachsen-gemeinden.geo.json'), 'utf8')) as {
    features: { properties: { AGS: string; GEN: string; BEZ: string } }[];
  };
  return geo.features.map((f) => ({ ags: f.properties.AGS, name: f.properties.GEN, kind: f.properties.BEZ }));
}
