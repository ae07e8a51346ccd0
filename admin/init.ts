/**
 * Starts Decap CMS on /admin/ with the configuration generated at build time (embedded by
 * src/pages/admin/index.astro as #cms-boot), our file format, the site's preview styles and the
 * pre-save hook. The prebuilt bundle (window.CMS, React included) has loaded before this module runs.
 */
import { entryFormatName, parseEntryFile, stringifyEntryFile } from '../src/lib/cms/file-format.ts';
import { checkEntry, sayProblem, type IdentityIndex } from '../src/lib/cms/entry-check.ts';
import { planSave } from '../src/lib/cms/pre-save.ts';
import type { CollectionName } from '../src/model/fields.ts';
import type { CmsConfig, EntryRules } from '../src/lib/cms/types.ts';
import { germanPhrases } from '../src/lib/cms/phrases.ts';
import previewCss from './preview.css?inline';
import './admin.css';
import { refuseDeletingUsedEntries, usedByWidget, UsedByPreview } from './used-by-widget.ts';
import { stayPutOnContentChanges } from './stay-put.ts';
import { photoProblems } from './photo-check.ts';
import { amongOthers, CHECKED_WIDGETS, checkedControl } from './field-errors.ts';
import { entryPreview } from './preview/entry-preview.ts';
import type { ComponentType } from 'react';
import { USED_BY_WIDGET, type UsedByIndex } from '../src/lib/cms/used-by.ts';

/** The few methods of Decap's immutable entry data we use. */
interface ImmutableData {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
  setIn(path: (string | number)[], value: unknown): ImmutableData;
  deleteIn(path: (string | number)[]): ImmutableData;
}

interface DecapCms {
  init(options: { config: CmsConfig }): void;
  getLocale(name: string): Record<string, unknown> | undefined;
  registerLocale(name: string, phrases: Record<string, unknown>): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string },
  ): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerWidget(widget: Record<string, unknown> & { name: string; controlComponent: unknown }): void;
  getWidget(name: string): (Record<string, unknown> & { control: ComponentType<never>; preview?: unknown }) | undefined;
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: ImmutableData }) => Promise<ImmutableData | undefined>;
  }): void;
}

declare global {
  interface Window {
    CMS?: DecapCms;
    CMS_MANUAL_INIT?: boolean;
  }
}

const bootElement = document.getElementById('cms-boot');
const CMS = window.CMS;

if (bootElement && CMS) {
  stayPutOnContentChanges();
  const boot = JSON.parse(bootElement.textContent ?? '{}') as {
    config: CmsConfig;
    entryRules: Record<string, EntryRules>;
    usedBy: UsedByIndex;
    titles: Record<string, string>;
    identities: IdentityIndex;
    /** Base path when `npm run cms` serves the preview drawn with the site's components. */
    sitePreview?: string;
  };

  const phrases = germanPhrases(CMS.getLocale('de') ?? {}) as { editor: { editor: Record<string, string> } };
  CMS.registerLocale('de', phrases);
  CMS.registerPreviewStyle(previewCss, { raw: true });

  for (const [collection, rules] of Object.entries(boot.entryRules)) {
    CMS.registerCustomFormat(entryFormatName(collection), rules.kind, {
      fromFile: (text) => parseEntryFile(text, rules.kind),
      toFile: (data) => stringifyEntryFile(data, rules.fields, rules.kind),
    });
  }

  CMS.registerWidget(USED_BY_WIDGET, usedByWidget(boot), UsedByPreview);
  // Every collection's preview in the site's words (preview/entry-preview.ts).
  const preview = {
    entryRules: boot.entryRules,
    titles: boot.titles,
    labelSingular: Object.fromEntries(boot.config.collections.map((c) => [c.name, c.label_singular])),
    markdown: CMS.getWidget('markdown')?.preview,
    sitePreview: boot.sitePreview,
  };
  // Decap looks up a file collection's template by the file's name (settings: "site").
  for (const c of boot.config.collections) {
    for (const name of [c.name, ...('files' in c ? c.files.map((f) => f.name) : [])]) CMS.registerPreviewTemplate(name, entryPreview(preview, c.name));
  }
  // The content check's messages beside the field they concern (field-errors.ts).
  for (const name of CHECKED_WIDGETS) {
    const { control, preview, ...rest } = CMS.getWidget(name)!;
    CMS.registerWidget({ ...rest, name, controlComponent: checkedControl(control as never, boot.entryRules, boot.identities), previewComponent: preview });
  }
  const { onDeletePublishedEntry, onDeleteWithUnsavedChanges } = phrases.editor.editor;
  refuseDeletingUsedEntries(boot, [onDeletePublishedEntry!, onDeleteWithUnsavedChanges!]);

  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const rules = boot.entryRules[String(entry.get('collection'))];
      if (!rules) return undefined;
      const data = entry.get('data') as ImmutableData;
      const plan = planSave(data.toJS(), rules, entry.get('newRecord') === true);
      // Decap shows the message as a notice and keeps the entry open, unsaved.
      if (plan.problems.length) throw Object.assign(new Error(plan.problems.join(' ')), { name: '' });
      const edited = plan.edits.reduce((d, e) => (e.op === 'delete' ? d.deleteIn(e.path) : d.setIn(e.path, e.value)), data);
      // The content check's own rules for this entry, with its words (entry-check.ts), and its photo width.
      const media = (entry.get('mediaFiles') as { toJS(): Parameters<typeof photoProblems>[2] } | undefined)?.toJS() ?? [];
      const problems = [
        ...checkEntry(String(entry.get('collection')) as CollectionName, edited.toJS(), amongOthers(entry, boot.identities)),
        ...(await photoProblems(edited.toJS(), rules.fields, media)),
      ].map(sayProblem);
      if (problems.length) throw Object.assign(new Error(problems.join(' ')), { name: '' });
      return plan.edits.length ? edited : undefined;
    },
  });

  CMS.init({ config: boot.config });
}
