import { describe, expect, it } from 'vitest';
import type { FieldKind, FieldSpec } from '../../model/fields.ts';
import { allCollections, collectionDescriptions } from '../../model/registry.ts';
import { buildCmsConfig, MEDIA_FOLDER, PUBLIC_FOLDER } from './config.ts';
import { entryFormatName } from './file-format.ts';
import type { CmsCollection, CmsField } from './types.ts';
import { USED_BY_KEY } from './used-by.ts';

const github = { name: 'github', repo: 'lpr-sachsen/asskomm-website', branch: 'main', base_url: 'https://oauth.example.org' } as const;
const config = buildCmsConfig({ backend: github, siteUrl: 'https://asskomm.example' });

const WIDGET: Record<FieldKind, string> = {
  line: 'string',
  text: 'text',
  url: 'string',
  email: 'string',
  boolean: 'boolean',
  integer: 'number',
  select: 'select',
  multiselect: 'select',
  date: 'datetime',
  partialDate: 'string',
  time: 'datetime',
  reference: 'relation',
  references: 'relation',
  object: 'object',
  list: 'list',
  image: 'image',
};

function fieldsOf(c: CmsCollection): CmsField[] {
  return 'files' in c ? c.files[0]!.fields : c.fields;
}

/**
 * Compares one schema field with its CMS field. `inOptionalGroup`: the field sits in an optional object,
 * where Decap must see it as optional (it would otherwise block saving without the group).
 */
function expectSameField(cms: CmsField, spec: FieldSpec, where: string, inOptionalGroup: boolean): void {
  const f = cms as CmsField & Record<string, unknown>;
  expect(f.label, where).toBe(spec.label);
  expect(f.widget, where).toBe(WIDGET[spec.kind]);
  expect(f.required, `${where}: Pflicht wie im Schema`).toBe(spec.required && !inOptionalGroup);
  expect(f.hint.length, `${where}: Hilfetext`).toBeGreaterThan(0);
  if (spec.hint) expect(f.hint, where).toContain(spec.hint.trim().replace(/[.!?]$/, ''));
  if (spec.pattern) expect(f.pattern, where).toEqual([spec.pattern.regex, spec.pattern.message]);
  if (spec.options) expect(f.options, where).toEqual(spec.options.map((o) => ({ label: o.label, value: o.value })));
  expect(f.multiple === true, `${where}: Mehrfachauswahl`).toBe(spec.kind === 'multiselect' || spec.kind === 'references');
  if (spec.kind === 'boolean') expect(f.default, where).toBe(spec.default);
  if (spec.kind === 'integer') {
    expect([f.value_type, f.min, f.max], where).toEqual(['int', spec.min, spec.max]);
  }
  if ((spec.kind === 'multiselect' || spec.kind === 'references' || spec.kind === 'list') && spec.min) {
    expect(f.min, where).toBe(spec.min);
  }
  if (spec.kind === 'reference' || spec.kind === 'references') {
    const target = collectionDescriptions[spec.collection!];
    expect(f.collection, where).toBe(spec.collection);
    expect(f.value_field, where).toBe('{{slug}}');
    expect(f.search_fields, where).toEqual([target.summaryField]);
    expect(f.display_fields, where).toEqual([target.summaryField]);
  }
  if (spec.kind === 'date') expect([f.format, f.time_format], where).toEqual(['YYYY-MM-DD', false]);
  if (spec.kind === 'time') expect([f.format, f.date_format], where).toEqual(['HH:mm', false]);
  if (spec.kind === 'object') {
    expectSameFields(f.fields as CmsField[], spec.fields!, where, inOptionalGroup || !spec.required);
  }
  if (spec.kind === 'list') {
    expect(f.label_singular, where).toBe(spec.item!.label);
    expect(f.default, `${where}: leere Liste als Vorgabe`).toEqual([]);
    expectSameFields(f.fields as CmsField[], spec.item!.fields!, `${where} › Eintrag`, false);
  }
}

function expectSameFields(cms: CmsField[], specs: Record<string, FieldSpec>, where: string, inOptionalGroup: boolean): void {
  expect(cms.map((f) => f.name), `${where}: dieselben Felder in derselben Reihenfolge`).toEqual(Object.keys(specs));
  for (const f of cms) expectSameField(f, specs[f.name]!, `${where} › ${f.name}`, inOptionalGroup);
}

describe('buildCmsConfig', () => {
  it('has every collection of the content model, in the same order', () => {
    expect(config.collections.map((c) => c.name)).toEqual(allCollections.map((c) => c.name));
  });

  for (const c of allCollections) {
    it(`${c.label}: every field with label, hint, Pflicht/optional, options and relation target`, () => {
      const cms = config.collections.find((x) => x.name === c.name)!;
      expect([cms.label, cms.label_singular, cms.description]).toEqual([c.label, c.labelSingular, c.hint]);
      const specs = Object.fromEntries(Object.entries(c.fields).map(([k, f]) => [k, (f as { spec: FieldSpec }).spec]));
      const fields = fieldsOf(cms);
      const body = fields.find((f) => f.name === 'body');
      const usedBy = fields.find((f) => f.name === USED_BY_KEY);
      expectSameFields(fields.filter((f) => f !== body && f !== usedBy), specs, c.name, false);
      if (c.format === 'mdx') {
        expect(body).toMatchObject({ widget: 'markdown', modes: ['raw'], label: c.body!.label, hint: c.body!.hint });
      } else {
        expect(body).toBeUndefined();
      }
    });
  }

  it('stores folder collections as the content loader reads them', () => {
    for (const c of allCollections.filter((x) => x.name !== 'settings')) {
      expect(config.collections.find((x) => x.name === c.name)).toMatchObject({
        folder: c.folder,
        extension: c.format,
        format: entryFormatName(c.name),
        create: true,
        identifier_field: c.summaryField,
      });
    }
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('edits the settings as the one file content/settings/site.yaml', () => {
    const settings = config.collections.find((c) => c.name === 'settings')!;
    expect('files' in settings && settings.files.map((f) => f.file)).toEqual(['content/settings/site.yaml']);
  });

  it('puts uploads where image() in an entry one level below content/ finds them', () => {
    expect(MEDIA_FOLDER).toBe('content/media');
    expect(`content/articles/${PUBLIC_FOLDER}/bild.jpg`.replace(/[^/]+\/\.\.\//, '')).toBe('content/media/bild.jpg');
  });

  it('is German, configured only here, and uses the editorial workflow on the Git host', () => {
    expect(config).toMatchObject({ load_config_file: false, locale: 'de', publish_mode: 'editorial_workflow', backend: github });
    expect(config.local_backend).toBeUndefined();
  });

  it('talks to decap-server only when editing locally', () => {
    const url = 'http://localhost:8081/api/v1';
    const local = buildCmsConfig({ backend: { name: 'proxy', proxy_url: url, branch: 'main' }, localBackendUrl: url });
    expect(local.local_backend).toEqual({ url });
    expect(local.publish_mode).toBeUndefined();
  });

  it('matches the reviewed snapshot (every change to the CMS shows up in review)', async () => {
    await expect(`${JSON.stringify(config, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/cms-config.json');
  });
});
