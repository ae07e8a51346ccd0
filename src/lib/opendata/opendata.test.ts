import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../tests/support/cases.ts';
import { parseCsv } from '../../../tests/support/csv.ts';
import { BOM, csvField, toCsv } from './csv.ts';
import { csvValue, datasetCsv, datasetJson, type Dataset } from './dataset.ts';
import { townsDataset, type TownRecord } from '../../model/towns/open-data.ts';
import { agreementsDataset } from '../../model/agreements/open-data.ts';
import { eventsDataset } from '../../model/events/open-data.ts';

describe('toCsv', () => {
  itMaps('quotes only fields that need it and doubles quotes (RFC 4180)', csvField, [
    ['Heidenau', 'Heidenau'],
    ['Bad Muskau, Stadt', '"Bad Muskau, Stadt"'],
    ['„Glänzen“ "statt" schwänzen', '"„Glänzen“ ""statt"" schwänzen"'],
    ['zwei\nZeilen', '"zwei\nZeilen"'],
  ]);

  it('starts with a UTF-8 BOM, ends every line with CRLF and reads back to the same cells', () => {
    const rows = [
      ['1', 'Sächsische Schweiz-Osterzgebirge'],
      ['2', 'a, "b"\r\nc'],
    ];
    const csv = toCsv(['nr', 'text'], rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([['nr', 'text'], ...rows]);
  });

  it('refuses rows with the wrong number of fields', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/Zeile 1/);
  });
});

describe('datasets', () => {
  type R = { n: string; tags: string[]; ok: boolean; when: string | null; count: number };
  const ds: Dataset<R> = {
    name: 'test',
    title: 'Test',
    description: 'Ein Test.',
    columns: [
      { key: 'n', description: 'Name', value: (r) => r.n },
      { key: 'tags', description: 'Liste', value: (r) => r.tags },
      { key: 'ok', description: 'Ja/nein', value: (r) => r.ok },
      { key: 'when', description: 'Datum', value: (r) => r.when },
      { key: 'count', description: 'Zahl', value: (r) => r.count },
    ],
  };
  const records: R[] = [{ n: 'Heidenau', tags: ['a', 'b'], ok: true, when: null, count: 53 }];

  it('writes lists with " | ", yes/no in German and unknown as an empty field', () => {
    expect(csvValue(['a', 'b'])).toBe('a | b');
    expect(csvValue(false)).toBe('nein');
    expect(parseCsv(datasetCsv(ds, records).slice(1))).toEqual([
      ['n', 'tags', 'ok', 'when', 'count'],
      ['Heidenau', 'a | b', 'ja', '', '53'],
    ]);
  });

  it('writes JSON with real lists, booleans, numbers and null, and the licence in the header', () => {
    const json = JSON.parse(datasetJson(ds, records, { licence: 'L', publisher: 'P', documentation: 'https://x/daten/' }));
    expect(json).toMatchObject({ titel: 'Test', lizenz: 'L', herausgeber: 'P', anzahl: 1 });
    expect(json.eintraege).toEqual([{ n: 'Heidenau', tags: ['a', 'b'], ok: true, when: null, count: 53 }]);
  });

  it('names the files and titles of the content data sets after their collections, the id first', () => {
    expect([townsDataset, agreementsDataset, eventsDataset].map((d) => [d.name, d.title, d.columns[0]?.key])).toEqual([
      ['kommunen', 'ASSKomm-Kommunen', 'id'],
      ['vereinbarungen', 'ASSKomm-Vereinbarungen', 'id'],
      ['termine', 'ASSKomm-Termine', 'id'],
    ]);
  });

  it('gives each town one row with a yes/no and a date column per ASSKomm layer', () => {
    const town: TownRecord = {
      id: 'heidenau',
      name: 'Heidenau',
      kind: 'Stadt',
      ags: '14628160',
      districts: ['Landkreis Sächsische Schweiz-Osterzgebirge'],
      members: [],
      groups: [],
      status: [{ key: 'kooperationsvereinbarung', label: 'Kooperationsvereinbarung', date: '2023-08-09', dateUncertain: false }],
      url: 'https://asskomm.example/kommunen/heidenau/',
    };
    const [header, row] = parseCsv(datasetCsv(townsDataset, [town]).slice(1));
    const cell = (key: string) => row![header!.indexOf(key)];
    expect(cell('kooperationsvereinbarung')).toBe('ja');
    expect(cell('kooperationsvereinbarung_datum')).toBe('2023-08-09');
    expect(cell('modellkommune')).toBe('nein');
    expect(cell('modellkommune_datum')).toBe('');
    expect(cell('landkreis')).toBe('Landkreis Sächsische Schweiz-Osterzgebirge');
  });
});
