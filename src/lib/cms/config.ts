/**
 * The whole Decap CMS configuration, generated from the content model (src/model/). Nobody edits a
 * config.yml: /admin/ hands this object to `CMS.init()`. The snapshot in __snapshots__/ shows every change.
 */
import type { FieldSpec } from '../../model/fields.ts';
import { allCollections, fieldSpecs } from '../../model/registry.ts';
import { cmsField } from './fields.ts';
import { ADDRESS_KEY } from './address.ts';
import { entryFormatName } from './file-format.ts';
import type { CmsBackend, CmsCollection, CmsConfig, CmsField, EntryRules } from './types.ts';
import { referableCollections, USED_BY_FIELD } from './used-by.ts';

/** Uploads go to one folder; entries one level below content/ refer to them as ../media/<file>. */
export const MEDIA_FOLDER = 'content/media';
export const PUBLIC_FOLDER = '../media';

export interface CmsOptions {
  backend: CmsBackend;
  /** decap-server for local editing (`npm run cms`), e.g. http://localhost:8081/api/v1. */
  localBackendUrl?: string;
  /** Public address of the site, for the "open site" link. */
  siteUrl?: string;
}

type AnyCollection = (typeof allCollections)[number];

function specsOf(c: AnyCollection): Record<string, FieldSpec> {
  return fieldSpecs(c.name);
}

/** Collections that some reference field points to; their entries show "Verwendet in" (used-by.ts). */
const referable = referableCollections(allCollections.map(specsOf));

function fieldsOf(c: AnyCollection): CmsField[] {
  const fields = Object.entries(specsOf(c)).map(([k, spec]) => cmsField(k, spec));
  if (referable.has(c.name)) fields.unshift({ ...USED_BY_FIELD });
  if (c.format === 'mdx') {
    fields.push({
      name: 'body',
      label: c.body?.label ?? 'Text',
      hint: c.body?.hint ?? 'Markdown.',
      required: false,
      widget: 'markdown',
      // Rich-text mode rewrites MDX (JSX, emphasis); raw mode keeps exactly what the editor typed.
      modes: ['raw'],
      sanitize_preview: true,
    });
  }
  return fields;
}

export function cmsCollection(c: AnyCollection): CmsCollection {
  const base = {
    name: c.name,
    label: c.label,
    label_singular: c.labelSingular,
    description: c.hint,
    // Every entry has a preview in the site's words and styles (admin/preview/).
    editor: { preview: true },
  };
  // A collection that is one fixed file (settings: content/settings/site.yaml) is a Decap file collection.
  if (c.singleton) {
    const { id, label } = c.singleton;
    const file = { name: id, label, file: `${c.folder}/${id}.${c.format}`, fields: fieldsOf(c) };
    return { ...base, format: entryFormatName(c.name), files: [file] };
  }
  const specs = specsOf(c);
  const dated = specs.date?.kind === 'date';
  return {
    ...base,
    folder: c.folder,
    extension: c.format,
    format: entryFormatName(c.name),
    create: true,
    // The address made by the pre-save hook with German transliteration (address.ts).
    slug: `{{fields.${ADDRESS_KEY}}}`,
    identifier_field: c.summaryField,
    summary: dated ? `{{${c.summaryField}}} · {{date | date('DD.MM.YYYY')}}` : `{{${c.summaryField}}}`,
    ...(dated ? { sortable_fields: [{ field: 'date', default_sort: 'desc' as const }, c.summaryField] } : {}),
    fields: fieldsOf(c),
  };
}

export function buildCmsConfig(options: CmsOptions): CmsConfig {
  return {
    load_config_file: false,
    locale: 'de',
    backend: options.backend,
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    // Changes go through pull/merge requests on the Git host; decap-server (local) saves directly.
    ...(options.backend.name !== 'proxy' ? { publish_mode: 'editorial_workflow' as const } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    collections: allCollections.map(cmsCollection),
  };
}

/** Per collection, how its files are written (file-format.ts) and what is checked before saving (pre-save.ts). */
export function buildEntryRules(): Record<string, EntryRules> {
  return Object.fromEntries(
    allCollections.map((c) => [c.name, { fields: specsOf(c), kind: c.format, ...(c.singleton ? {} : { addressFrom: c.summaryField }) }]),
  );
}
