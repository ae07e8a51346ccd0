/**
 * The filter checkboxes with their counts, kept in place between searches: existing options are updated,
 * not rebuilt, so a keyboard user's focus stays where it was.
 */
import { kindOrder, kindPlural } from '../../model/search-kinds.ts';
import { FILTER_KEYS, type FilterKey } from '../../lib/search/keys.ts';
import { filterOptions, type SearchState } from '../../lib/search/query.ts';
import { TEXTS } from '../../lib/search/texts.ts';
import type { Counts } from './pagefind.ts';

const ORDER: Record<FilterKey, (a: string, b: string) => number> = {
  typ: (a, b) => kindOrder(a) - kindOrder(b),
  jahr: (a, b) => Number(b) - Number(a),
  landkreis: (a, b) => a.localeCompare(b, 'de'),
};
const optionLabel = (key: FilterKey, value: string) => (key === 'typ' ? kindPlural(value) : value);

function newOption(doc: Document, key: FilterKey, value: string): HTMLLIElement {
  const li = doc.createElement('li');
  li.dataset['value'] = value;
  const label = doc.createElement('label');
  const box = doc.createElement('input');
  box.type = 'checkbox';
  box.name = key;
  box.value = value;
  const name = doc.createElement('span');
  const count = doc.createElement('span');
  count.className = 'count';
  name.append(`${optionLabel(key, value)} `, count);
  label.append(box, name);
  li.append(label);
  return li;
}

/**
 * Shows every value the index knows that has results (or is chosen), with its count.
 * `all`: Pagefind's filters(); `counts`: per group, the counts with the other groups' choices applied.
 */
export function renderFilterGroups(box: HTMLElement, all: Counts, counts: Record<FilterKey, Record<string, number>>, state: SearchState) {
  const doc = box.ownerDocument;
  for (const key of FILTER_KEYS) {
    const group = box.querySelector<HTMLFieldSetElement>(`[data-filter-group="${key}"]`);
    const options = group?.querySelector<HTMLUListElement>('[data-filter-options]');
    if (!group || !options) continue;
    const wanted = filterOptions(Object.keys(all[key] ?? {}), counts[key], state.filters[key], ORDER[key]);
    const existing = new Map([...options.querySelectorAll<HTMLLIElement>(':scope > li')].map((li) => [li.dataset['value'] ?? '', li]));
    const keep = new Set(wanted.map((o) => o.value));
    // A focused option stays even at zero (removing it would lose the keyboard user's place).
    for (const [value, li] of existing) if (!keep.has(value) && !li.contains(doc.activeElement)) li.remove();
    let previous: Element | null = null;
    for (const option of wanted) {
      const li = existing.get(option.value) ?? newOption(doc, key, option.value);
      li.querySelector('input')!.checked = option.checked;
      li.querySelector('.count')!.textContent = TEXTS.filterCount(option.count);
      // Only new options are inserted: moving a focused element would blur it.
      if (li.parentElement !== options) options.insertBefore(li, previous ? previous.nextSibling : options.firstChild);
      previous = li;
    }
    group.hidden = options.children.length === 0;
  }
}
