/**
 * The part of Decap CMS's configuration we generate, typed (Decap ships no usable types for the prebuilt
 * bundle). Names follow Decap's documentation: https://decapcms.org/docs/configuration-options/
 */
import type { FieldSpec } from '../../model/fields.ts';

export type CmsPattern = [regex: string, message: string];

interface CmsFieldBase {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  pattern?: CmsPattern;
}

export type CmsField =
  | (CmsFieldBase & { widget: 'string' | 'text' | 'image'; choose_url?: false })
  | (CmsFieldBase & { widget: 'boolean'; default: boolean })
  | (CmsFieldBase & { widget: 'number'; value_type: 'int'; min?: number; max?: number })
  | (CmsFieldBase & {
      widget: 'select';
      options: { label: string; value: string }[];
      multiple?: true;
      min?: number;
      default?: [];
    })
  | (CmsFieldBase & {
      widget: 'datetime';
      format: string;
      date_format: string | false;
      time_format: string | false;
      picker_utc?: false;
    })
  | (CmsFieldBase & {
      widget: 'relation';
      collection: string;
      value_field: '{{slug}}';
      search_fields: string[];
      display_fields: string[];
      multiple?: true;
      min?: number;
      options_length?: number;
    })
  | (CmsFieldBase & { widget: 'object'; fields: CmsField[]; collapsed?: boolean })
  | (CmsFieldBase & {
      widget: 'list';
      label_singular: string;
      fields?: CmsField[];
      field?: CmsField;
      min?: number;
      default: [];
      collapsed: boolean;
      summary?: string;
    })
  | (CmsFieldBase & { widget: 'markdown'; modes: ['raw']; sanitize_preview: true })
  /** Read-only "Verwendet in" (used-by.ts); its value is never written. */
  | (CmsFieldBase & { widget: 'verwendung' });

interface CmsCollectionBase {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  editor?: { preview: boolean };
}

export interface CmsFolderCollection extends CmsCollectionBase {
  folder: string;
  extension: 'yaml' | 'mdx';
  /** Our own file format (file-format.ts), registered under this name by admin/init.ts. */
  format: string;
  create: true;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields?: (string | { field: string; default_sort: 'asc' | 'desc' })[];
  fields: CmsField[];
}

export interface CmsFilesCollection extends CmsCollectionBase {
  format: string;
  files: { name: string; label: string; file: string; fields: CmsField[] }[];
}

export type CmsCollection = CmsFolderCollection | CmsFilesCollection;

export type CmsBackend =
  | { name: 'github'; repo: string; branch: string; base_url?: string; auth_endpoint?: string }
  | { name: 'gitlab'; repo: string; branch: string; auth_type: 'pkce'; app_id: string; base_url?: string; api_root?: string; auth_endpoint?: string }
  /** decap-server on this computer (`npm run cms`). */
  | { name: 'proxy'; proxy_url: string; branch: string };

export interface CmsConfig {
  load_config_file: false;
  locale: 'de';
  backend: CmsBackend;
  local_backend?: { url: string };
  publish_mode?: 'editorial_workflow';
  site_url?: string;
  display_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  show_preview_links: false;
  collections: CmsCollection[];
}

/** What the file format and the pre-save hook need to know about one collection (plain data, shipped to the browser). */
export interface EntryRules {
  /** Field descriptions exactly as in the content model (not the CMS's relaxed `required`). */
  fields: Record<string, FieldSpec>;
  /** YAML data, or MDX (YAML head and a body that must be made safe before it is written). */
  kind: 'yaml' | 'mdx';
  /** The field a new entry's address is made from (address.ts); absent for a fixed file (settings). */
  addressFrom?: string;
}
