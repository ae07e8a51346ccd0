/**
 * The directory as a visitor gets it: towns by Landkreis, town profiles, people, agreements, campaigns,
 * "ASSKomm in Zahlen" and the open data files. Every expectation is computed here from content/ (read with
 * the `yaml` package) and the official district list, independently of the site's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentEntries, type AgreementYaml, type TownYaml } from './support/content.ts';
import { parseCsv } from './support/csv.ts';
import { projectRoot } from './support/project.ts';
import { readPage } from './quality/support/site.ts';

const siteDir = inject('siteDir');

const towns = contentEntries<TownYaml>('towns');
const agreements = contentEntries<AgreementYaml>('agreements');
const people = contentEntries<{ name: string; academicTitle?: string }>('people');
const campaigns = contentEntries<{ title: string }>('campaigns');
const townById = new Map(towns.map((t) => [t.id, t]));
const personName = (id: string) => {
  const p = people.find((x) => x.id === id)!.data;
  return p.academicTitle ? `${p.academicTitle} ${p.name}` : p.name;
};

/** Official districts (BKG VG5000) by the first five digits of the AGS. */
const kreise = JSON.parse(readFileSync(path.join(projectRoot, 'src/data/geo/sachsen-kreise.geo.json'), 'utf8')) as {
  features: { properties: { ARS: string; GEN: string; BEZ: string } }[];
};
/** "Landkreis Görlitz", "Kreisfreie Stadt Leipzig" (both a Landkreis and a city are called Leipzig). */
const districtName = new Map(kreise.features.map((f) => [f.properties.ARS, `${f.properties.BEZ} ${f.properties.GEN}`]));

/** AGS of the municipalities an entry stands for: its own or its members'. */
function agsOf(id: string): string[] {
  const t = townById.get(id)!;
  return t.data.ags ? [t.data.ags] : (t.data.members ?? []).flatMap(agsOf);
}
const districtsOf = (id: string) => [...new Set(agsOf(id).map((a) => districtName.get(a.slice(0, 5))!))];

const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const main = async (file: string) => (await readPage(siteDir, file)).querySelector('main')!;

describe('/kommunen/', () => {
  it('lists every town under the Landkreis its AGS (or its members’ AGS) belongs to', async () => {
    const m = await main('kommunen/index.html');
    const sections = m.querySelectorAll('section.district').map((s) => ({
      heading: text(s.querySelector('h2')?.textContent),
      links: s.querySelectorAll('h3 a').map((a) => a.getAttributeValue('href')),
    }));
    expect(towns.length).toBeGreaterThan(0);
    for (const t of towns) {
      const expected = districtsOf(t.id);
      expect(expected.length, t.id).toBeGreaterThan(0);
      const listedUnder = sections.filter((s) => s.links.includes(`/kommunen/${t.id}/`)).map((s) => s.heading);
      expect(listedUnder.length, t.id).toBe(expected.length);
      for (const d of expected) expect(listedUnder, `${t.id} unter ${d}`).toContain(d);
    }
    const soe = sections.find((s) => s.heading === 'Landkreis Sächsische Schweiz-Osterzgebirge');
    expect(soe?.links).toContain('/kommunen/heidenau/');
  });

  it('shows each town’s agreement date as a step with its date', async () => {
    const m = await main('kommunen/index.html');
    const heidenau = m.querySelectorAll('section.district li').find((li) => li.querySelector('h3 a')?.getAttributeValue('href') === '/kommunen/heidenau/')!;
    expect(text(heidenau.textContent)).toContain('Kooperationsvereinbarung: 9. August 2023');
  });
});

describe('town profiles', () => {
  it('exist for every town entry, with the town’s name as the one h1 and breadcrumbs', async () => {
    for (const t of towns) {
      const file = `kommunen/${t.id}/index.html`;
      expect(existsSync(path.join(siteDir, file)), file).toBe(true);
      const doc = await readPage(siteDir, file);
      const h1 = doc.querySelectorAll('h1');
      expect(h1.map((h) => text(h.textContent)), file).toEqual([t.data.name]);
      expect(doc.querySelector('nav[aria-label="Sie sind hier"]'), file).not.toBeNull();
    }
  });

  it('Heidenau shows the agreement of 9 August 2023 (no. 53) with its signatories and the people present', async () => {
    const agreement = agreements.find((a) => a.data.towns.includes('heidenau') && a.data.number === 53)!;
    expect(agreement.data.date).toBe('2023-08-09');
    expect(agreement.data.signedBy).toHaveLength(3);
    const m = await main('kommunen/heidenau/index.html');
    const section = m.querySelector('section[aria-labelledby="vereinbarungen"]')!;
    const all = text(section.textContent);
    expect(all).toContain('9. August 2023');
    expect(all).toContain('Nr. 53');
    expect(section.querySelectorAll('time[datetime="2023-08-09"]').length).toBeGreaterThan(0);
    const facts = section.querySelectorAll('.fact').map((f) => ({
      label: text(f.querySelector('dt')?.textContent),
      text: text(f.querySelector('dd')?.textContent),
    }));
    const signed = facts.find((f) => f.label === 'Unterzeichnet von')!.text;
    for (const p of agreement.data.signedBy) {
      expect(signed).toContain(personName(p.person!));
      if (p.role) expect(signed).toContain(p.role);
    }
    const present = facts.find((f) => f.label === 'Außerdem anwesend')!.text;
    for (const p of agreement.data.present ?? []) expect(present).toContain(personName(p.person!));
  });

  it('Heidenau lists its history as an ordered list with machine-readable dates', async () => {
    const m = await main('kommunen/heidenau/index.html');
    const items = m.querySelectorAll('section[aria-labelledby="verlauf"] ol > li');
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((li) => li.querySelector('time[datetime="2023-08-09"]') !== null)).toBe(true);
  });

  it('a group shows its member municipalities, and a member shows its group', async () => {
    const group = towns.find((t) => (t.data.members ?? []).length > 0)!;
    const g = await main(`kommunen/${group.id}/index.html`);
    const links = g.querySelectorAll('section[aria-labelledby="mitglieder"] a').map((a) => a.getAttributeValue('href'));
    for (const id of group.data.members!) expect(links).toContain(`/kommunen/${id}/`);
    const member = await main(`kommunen/${group.data.members![0]}/index.html`);
    expect(member.querySelectorAll('section[aria-labelledby="verbund"] a').map((a) => a.getAttributeValue('href'))).toContain(
      `/kommunen/${group.id}/`,
    );
  });
});

describe('people, agreements and campaigns', () => {
  it('a person page lists what the person signed, with the role on that day', async () => {
    const signer = agreements.find((a) => a.data.number === 53)!.data.signedBy[0]!;
    const m = await main(`personen/${signer.person}/index.html`);
    expect(text(m.querySelector('h1')?.textContent)).toBe(personName(signer.person!));
    const signedRows = m.querySelectorAll('section[aria-labelledby="unterzeichnet"] li');
    const signedHere = agreements.filter((a) => a.data.signedBy.some((p) => p.person === signer.person));
    expect(signedRows).toHaveLength(signedHere.length);
    const row = signedRows.find((r) => r.querySelector('a')?.getAttributeValue('href') === '/vereinbarungen/kv-heidenau-2023/')!;
    expect(text(row.textContent)).toContain(signer.role!);
    expect(text(row.textContent)).toContain('9. August 2023');
  });

  it('every person, agreement and campaign has its page', () => {
    for (const [dir, list] of [
      ['personen', people],
      ['vereinbarungen', agreements],
      ['kampagnen', campaigns],
    ] as const) {
      for (const e of list) expect(existsSync(path.join(siteDir, dir, e.id, 'index.html')), `${dir}/${e.id}`).toBe(true);
    }
  });

  it('/vereinbarungen/ lists every agreement once and says "Datum unbekannt" where the date is unknown', async () => {
    const m = await main('vereinbarungen/index.html');
    const rows = m.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(agreements.length);
    for (const a of agreements) {
      const row = rows.find((r) => r.querySelector('th a')?.getAttributeValue('href') === `/vereinbarungen/${a.id}/`)!;
      expect(row, a.id).toBeDefined();
      const date = text(row.querySelector('td')?.textContent);
      if (a.data.date) expect(row.querySelector(`time[datetime="${a.data.date}"]`), a.id).not.toBeNull();
      else expect(date, a.id).toBe('Datum unbekannt');
    }
  });
});

describe('/zahlen/', () => {
  /** The number in the row whose header is `label`, in column `col` (0 = first number). */
  async function cell(tableId: string, label: string, col = 0): Promise<number> {
    const m = await main('zahlen/index.html');
    const row = m
      .querySelectorAll(`#${tableId} tr`)
      .find((r) => text(r.querySelector('th')?.textContent) === label);
    expect(row, `${tableId}: Zeile „${label}“`).toBeDefined();
    return Number(text(row!.querySelectorAll('td')[col]?.textContent).replace(/\./g, ''));
  }

  const coop = agreements.filter((a) => a.data.kind === 'Kooperationsvereinbarung');
  // Taking part: an agreement (its own or its group's) or a step beyond a first contact; a pilot alone does not count.
  const signedIds = new Set(agreements.flatMap((a) => a.data.towns as string[]));
  const hasStep = (t: (typeof towns)[number]) =>
    signedIds.has(t.id) || ((t.data.milestones as { kind: string }[] | undefined) ?? []).some((m) => m.kind !== 'kontaktiert');
  const municipalities = new Set(towns.filter(hasStep).flatMap((t) => agsOf(t.id)));

  it('counts towns and municipalities as the content has them', async () => {
    expect(await cell('tabelle-kommunen', 'Einträge insgesamt')).toBe(towns.length);
    expect(await cell('tabelle-kommunen', 'Stadt')).toBe(towns.filter((t) => t.data.kind === 'Stadt').length);
    expect(await cell('tabelle-gemeinden', 'Städte und Gemeinden mit eigenem ASSKomm-Schritt')).toBe(municipalities.size);
    const covered = new Set(coop.flatMap((a) => a.data.towns.flatMap(agsOf)));
    expect(await cell('tabelle-gemeinden', 'davon mit Kooperationsvereinbarung')).toBe(covered.size);
  });

  it('counts agreements by kind, and those without a date separately', async () => {
    expect(await cell('tabelle-vereinbarungen', 'Kooperationsvereinbarung')).toBe(coop.length);
    expect(await cell('tabelle-vereinbarungen', 'Insgesamt')).toBe(agreements.length);
    const undated = agreements.filter((a) => !a.data.date).length;
    expect(await cell('tabelle-vereinbarungen', 'Insgesamt', 1)).toBe(undated);
    if (undated > 0) expect(await cell('tabelle-jahre', 'Datum unbekannt', 2)).toBe(undated);
  });

  it('counts prevention councils and Modellkommunen', async () => {
    const withMilestone = (kind: string) => towns.filter((t) => (t.data.milestones ?? []).some((m) => m.kind === kind)).length;
    expect(await cell('tabelle-meilensteine', 'Modellkommune')).toBe(withMilestone('modellkommune'));
    expect(await cell('tabelle-meilensteine', 'Kommunaler Präventionsrat gegründet')).toBe(withMilestone('praeventionsrat'));
  });

  it('counts municipalities and agreements per Landkreis and agreements per year', async () => {
    const perDistrict = new Map<string, number>();
    for (const ags of municipalities) {
      const name = districtName.get(ags.slice(0, 5))!;
      perDistrict.set(name, (perDistrict.get(name) ?? 0) + 1);
    }
    const m = await main('zahlen/index.html');
    const rows = m.querySelectorAll('#tabelle-landkreise tbody tr');
    expect(rows).toHaveLength(perDistrict.size);
    for (const [name, count] of perDistrict) {
      expect(await cell('tabelle-landkreise', name, 0), name).toBe(count);
      const agreementsHere = coop.filter((a) => a.data.towns.some((t) => districtsOf(t).includes(name))).length;
      expect(await cell('tabelle-landkreise', name, 1), name).toBe(agreementsHere);
    }
    const years = new Set(agreements.filter((a) => a.data.date).map((a) => a.data.date!.slice(0, 4)));
    for (const y of years) {
      expect(await cell('tabelle-jahre', y, 2), y).toBe(agreements.filter((a) => a.data.date?.startsWith(y)).length);
    }
  });
});

describe('open data', () => {
  const csv = (name: string) => {
    const raw = readFileSync(path.join(siteDir, 'daten', `${name}.csv`), 'utf8');
    expect(raw.charCodeAt(0), 'UTF-8 BOM').toBe(0xfeff);
    const [header, ...rows] = parseCsv(raw.slice(1));
    return { header: header!, rows };
  };

  it('kommunen.csv parses (RFC 4180) and has one row per town with its AGS and Landkreis', () => {
    const { header, rows } = csv('kommunen');
    expect(rows).toHaveLength(towns.length);
    for (const r of rows) expect(r).toHaveLength(header.length);
    const col = (row: string[], key: string) => row[header.indexOf(key)]!;
    expect(rows.map((r) => col(r, 'id')).sort()).toEqual(towns.map((t) => t.id).sort());
    const heidenau = rows.find((r) => col(r, 'id') === 'heidenau')!;
    expect(col(heidenau, 'ags')).toBe('14628160');
    expect(col(heidenau, 'landkreis')).toBe('Landkreis Sächsische Schweiz-Osterzgebirge');
    expect(col(heidenau, 'kooperationsvereinbarung')).toBe('ja');
    expect(col(heidenau, 'kooperationsvereinbarung_datum')).toBe('2023-08-09');
  });

  it('vereinbarungen and termine have one row per entry, in CSV and JSON', () => {
    for (const [name, count] of [
      ['kommunen', towns.length],
      ['vereinbarungen', agreements.length],
      ['termine', contentEntries('events').length],
    ] as const) {
      expect(csv(name).rows, name).toHaveLength(count);
      const json = JSON.parse(readFileSync(path.join(siteDir, 'daten', `${name}.json`), 'utf8'));
      expect(json.eintraege, name).toHaveLength(count);
      expect(json.anzahl).toBe(count);
      // The licence comes from the settings; a local build without it says null, never a placeholder.
      const o = (contentEntries('settings')[0]!.data as { openData?: { licence?: string; licenceUrl?: string } }).openData;
      expect(json.lizenz).toBe(o?.licence ? (o.licenceUrl ? `${o.licence} (${o.licenceUrl})` : o.licence) : null);
    }
  });

  it('/daten/ documents every column of every file', async () => {
    const m = await main('daten/index.html');
    for (const name of ['kommunen', 'vereinbarungen', 'termine']) {
      const documented = m
        .querySelectorAll(`section[aria-labelledby="datensatz-${name}"] tbody th`)
        .map((th) => text(th.textContent));
      expect(documented, name).toEqual(csv(name).header);
    }
  });
});
