/**
 * "Verwendet in" in the CMS: a read-only widget above each entry that others can refer to, and the refusal
 * to delete such an entry while it is used (src/lib/cms/used-by.ts says where the list comes from).
 *
 * Decap's prebuilt bundle does not expose its React, so the widget is made with the project's own `react`
 * (same major version): plain elements and a class component work across the two copies, hooks would not.
 * A class component is needed anyway: Decap asks a widget's instance for `isValid()` before saving.
 */
import { Component, createElement as h } from 'react';
import type { CollectionName } from '../src/model/fields.ts';
import type { CmsConfig } from '../src/lib/cms/types.ts';
import { deleteRefusal, describeUse, entryHash, entryInHash, freshEntryAddress, usedByKey, type UsedByIndex, type UseSite } from '../src/lib/cms/used-by.ts';

interface ImmutableEntry {
  get(key: string): unknown;
}

interface WidgetProps {
  entry: ImmutableEntry;
  forID: string;
  classNameWrapper: string;
}

export interface UsedByContext {
  usedBy: UsedByIndex;
  config: CmsConfig;
}

function labelSingularOf(config: CmsConfig): (c: CollectionName) => string {
  const labels = new Map(config.collections.map((c) => [c.name, c.label_singular]));
  return (c) => labels.get(c) ?? c;
}

function sitesOf(ctx: UsedByContext, collection: unknown, slug: unknown): UseSite[] {
  if (typeof collection !== 'string' || typeof slug !== 'string' || slug === '') return [];
  return ctx.usedBy[usedByKey(collection, slug)] ?? [];
}

interface LinkClick {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  preventDefault(): void;
}

/** A plain click opens the entry with a new load of the page (freshEntryAddress says why); Ctrl-click and the like open a new tab, which loads anew anyway. */
function openAfresh(e: LinkClick, site: UseSite): void {
  if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  window.location.assign(freshEntryAddress(site, String(Date.now())));
}

/** The read-only widget: a list of links to the referring entries, or a sentence that there are none. */
export function usedByWidget(ctx: UsedByContext) {
  const labelSingular = labelSingularOf(ctx.config);
  return class UsedBy extends Component<WidgetProps> {
    isValid(): boolean {
      return true;
    }

    override render() {
      const { entry, forID, classNameWrapper } = this.props;
      const sites = sitesOf(ctx, entry.get('collection'), entry.get('slug'));
      const body =
        entry.get('newRecord') === true
          ? h('p', null, 'Ein neuer Eintrag wird noch nirgends verwendet.')
          : sites.length === 0
            ? h('p', null, 'Kein anderer Eintrag verweist auf diesen.')
            : h(
                'ul',
                null,
                sites.map((s) =>
                  h('li', { key: `${s.collection}/${s.id}/${s.field}` }, h('a', { href: entryHash(s), onClick: (e: LinkClick) => openAfresh(e, s) }, describeUse(s, labelSingular))),
                ),
              );
      return h('div', { id: forID, className: classNameWrapper, 'data-verwendet-in': '' }, body);
    }
  };
}

/** The preview shows nothing for this field. */
export function UsedByPreview() {
  return null;
}

/**
 * Decap asks "Soll dieser … wirklich gelöscht werden?" with window.confirm and has no hook before deleting.
 * While an entry that is used elsewhere is open, that question is answered with the list instead, and the
 * entry is not deleted. Every other question goes to the browser as before.
 */
export function refuseDeletingUsedEntries(ctx: UsedByContext, deleteQuestions: string[]): void {
  const labelSingular = labelSingularOf(ctx.config);
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => {
    const open = entryInHash(window.location.hash);
    if (message !== undefined && deleteQuestions.includes(message) && open) {
      const sites = sitesOf(ctx, open.collection, open.id);
      if (sites.length) {
        window.alert(deleteRefusal(sites, labelSingular));
        return false;
      }
    }
    return confirm(message);
  };
}
