/**
 * The preview pane of every collection: the entry as the site writes it. With `npm run cms` it opens with the
 * entry drawn by the site's own components (site-components.ts). Astro components cannot run in the editor's
 * browser, so the rest (and, on the published CMS, all) is drawn from the same field descriptions (src/model/) with the
 * site's own formatting (German dates, times, option labels, names instead of ids) and the site's global
 * stylesheet (admin/preview.css). The text is shown the way the site will show it: the CMS's escaping
 * (escape-mdx.ts) is applied first, so a typed „<jetzt>“ stays visible, as on the site; a photo shows as a
 * photo, its alternative text is never printed.
 */
import { Component, createElement as h, type ComponentType, type ReactNode } from 'react';
import { germanAddress } from '../../src/lib/cms/address.ts';
import { asSaved } from '../../src/lib/cms/pre-save.ts';
import { escapeMdx } from '../../src/lib/cms/escape-mdx.ts';
import type { EntryRules } from '../../src/lib/cms/types.ts';
import { usedByKey } from '../../src/lib/cms/used-by.ts';
import { formatDate, formatPartialDate, formatTime } from '../../src/lib/format/dates.ts';
import { optionLabel } from '../../src/lib/format/text.ts';
import type { FieldSpec } from '../../src/model/fields.ts';
import { entryPath, type PublishedCollection } from '../../src/model/paths.ts';
import { collectionDescriptions } from '../../src/model/registry.ts';
import { SiteComponentsPreview } from './site-components.ts';

interface ImmutableLike {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
}

interface PreviewProps {
  entry: ImmutableLike;
  getAsset: (path: string) => { toString(): string } | undefined;
}

export interface PreviewContext {
  entryRules: Record<string, EntryRules>;
  /** Names of all entries at the last build, `towns/heidenau` → „Heidenau“ (used-by.ts). */
  titles: Record<string, string>;
  /** Singular label of each collection („Termin“). */
  labelSingular: Record<string, string>;
  /** Decap's own Markdown preview, fed the text as the site will get it. */
  markdown?: unknown;
  /** With `npm run cms`: the site's base path, where the dev server draws the entry with the site's components. */
  sitePreview?: string | undefined;
}

type Data = Record<string, unknown>;

function isData(v: unknown): v is Data {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function blank(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** The name of a referenced entry as the site shows it; a clearly marked id if it is new since the last build. */
function nameOf(ctx: PreviewContext, collection: string, id: string): string {
  return ctx.titles[usedByKey(collection, id)] ?? `(neuer Eintrag „${id}“)`;
}

/** One value in the site's words. */
function show(ctx: PreviewContext, props: PreviewProps, spec: FieldSpec, value: unknown): ReactNode {
  switch (spec.kind) {
    case 'date':
      return typeof value === 'string' ? formatDate(value) : null;
    case 'partialDate':
      return formatPartialDate(typeof value === 'string' ? value : undefined);
    case 'time':
      return typeof value === 'string' ? formatTime(value) : null;
    case 'boolean':
      return value === true ? 'ja' : 'nein';
    case 'integer':
      return typeof value === 'number' ? value.toLocaleString('de-DE') : String(value);
    case 'select':
      return optionLabel(spec.options ?? [], String(value));
    case 'multiselect':
      return (value as string[]).map((v) => optionLabel(spec.options ?? [], v)).join(', ');
    case 'reference':
      return nameOf(ctx, spec.collection!, String(value));
    case 'references':
      return (value as string[]).map((id) => nameOf(ctx, spec.collection!, id)).join(', ');
    case 'url':
      return h('a', { href: String(value) }, String(value));
    case 'image':
      return null;
    case 'object':
      return isData(value) ? facts(ctx, props, spec.fields!, value) : null;
    case 'list':
      return h(
        'ol',
        null,
        (value as unknown[]).map((item, i) =>
          h('li', { key: i }, spec.item?.fields && isData(item) ? facts(ctx, props, spec.item.fields, item) : show(ctx, props, spec.item!, item)),
        ),
      );
    default:
      return String(value);
  }
}

/** A photo group (title image): the photo with caption and credit, as on the site. */
function photo(props: PreviewProps, value: Data): ReactNode {
  const src = typeof value.src === 'string' ? props.getAsset(value.src)?.toString() : undefined;
  if (!src) return null;
  const credit = typeof value.credit === 'string' ? value.credit : '';
  const caption = typeof value.caption === 'string' ? value.caption : '';
  return h(
    'figure',
    { className: 'vorschau-foto' },
    h('img', { src, alt: typeof value.alt === 'string' ? value.alt : '' }),
    h('figcaption', null, [caption, credit].filter(Boolean).join(' ')),
  );
}

function isPhoto(spec: FieldSpec): boolean {
  return spec.kind === 'object' && Object.values(spec.fields ?? {}).some((f) => f.kind === 'image');
}

/** The entry's facts as a description list, each with its field's label. */
function facts(ctx: PreviewContext, props: PreviewProps, fields: Record<string, FieldSpec>, data: Data, skip: string[] = []): ReactNode {
  const rows = Object.entries(fields).filter(([k, spec]) => !skip.includes(k) && !isPhoto(spec) && !blank(data[k]));
  if (!rows.length) return null;
  return h(
    'dl',
    { className: 'vorschau-fakten' },
    rows.flatMap(([k, spec]) => [h('dt', { key: `${k}-t` }, spec.label), h('dd', { key: `${k}-d` }, show(ctx, props, spec, data[k]))]),
  );
}

/**
 * Where the entry's page is (or will be) on the site. A new entry gets its address from its title when it is
 * first saved (address.ts); the editor sees it here before that.
 */
function address(collection: string, entry: ImmutableLike, title: string): ReactNode {
  const site = (collectionDescriptions as Record<string, { site?: { segment?: string } }>)[collection]?.site;
  if (site?.segment === undefined) return null;
  const isNew = entry.get('newRecord') === true;
  const id = isNew ? germanAddress(title) : String(entry.get('slug') ?? '');
  if (!id) return null;
  return h(
    'p',
    { className: 'vorschau-adresse' },
    isNew ? 'Adresse der Seite nach dem ersten Speichern: ' : 'Adresse der Seite: ',
    h('code', null, entryPath(collection as PublishedCollection, id)),
  );
}

/** The preview template of one collection. */
export function entryPreview(ctx: PreviewContext, collection: string) {
  return class EntryPreview extends Component<PreviewProps> {
    override render() {
      const rules = ctx.entryRules[collection];
      if (!rules) return null;
      const data = (this.props.entry.get('data') as ImmutableLike | undefined)?.toJS() ?? {};
      const titleKey = rules.addressFrom ?? Object.keys(rules.fields)[0]!;
      const leadKey = rules.fields.lead ? 'lead' : rules.fields.summary ? 'summary' : undefined;
      const photos = Object.entries(rules.fields).filter(([k, spec]) => isPhoto(spec) && isData(data[k]));
      const body = typeof data.body === 'string' ? escapeMdx(data.body) : undefined;
      const Markdown = ctx.markdown as ComponentType<Record<string, unknown>> | undefined;
      const isNew = this.props.entry.get('newRecord') === true;
      const id = isNew ? germanAddress(String(data[titleKey] ?? '')) : String(this.props.entry.get('slug') ?? '');
      return h(
        'article',
        { className: 'vorschau', 'data-vorschau': collection },
        ctx.sitePreview !== undefined
          ? h(SiteComponentsPreview, { base: ctx.sitePreview, collection, id, data: asSaved(data, rules, isNew) })
          : null,
        h('p', { className: 'vorschau-art' }, ctx.labelSingular[collection] ?? ''),
        h('h1', null, String(data[titleKey] ?? '')),
        address(collection, this.props.entry, String(data[titleKey] ?? '')),
        leadKey && typeof data[leadKey] === 'string' ? h('p', { className: 'vorschau-vorspann' }, data[leadKey] as string) : null,
        ...photos.map(([k]) => h('div', { key: k }, photo(this.props, data[k] as Data))),
        facts(ctx, this.props, rules.fields, data, [titleKey, ...(leadKey ? [leadKey] : [])]),
        body !== undefined && Markdown
          ? h(
              'div',
              { className: 'vorschau-text' },
              h(Markdown, { value: body, getAsset: this.props.getAsset, resolveWidget: () => undefined, field: { get: (key: string) => key === 'sanitize_preview' } }),
            )
          : null,
      );
    }
  };
}
