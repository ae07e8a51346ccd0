/**
 * The script of /suche/ (the site's only JavaScript): runs Pagefind's JS API and fills the page's result
 * list, filters and status line. Decisions (address, filters, counts, texts, excerpt parsing) are pure
 * functions in src/lib/search/; the DOM parts are this file, result-item.ts and filter-groups.ts.
 *
 * Why the JS API and not Pagefind's ready-made UI: the default UI is ~125 KB more, its field has no visible
 * label (axe: label-title-only), it cannot sort by date and keep undated pages, announce counts in our words
 * or keep the address in step; with the API the markup stays ours (components in this folder) and accessible.
 */
import { FILTER_KEYS, type FilterKey } from '../../lib/search/keys.ts';
import {
  emptyFilters,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  paramsFromState,
  parseSort,
  stateFromParams,
  withUndatedLast,
  type SearchState,
} from '../../lib/search/query.ts';
import { searchTerms } from '../../lib/search/terms.ts';
import { resultCountText, TEXTS } from '../../lib/search/texts.ts';
import { renderFilterGroups } from './filter-groups.ts';
import { loadPagefind, type Pagefind, type Result, type Search, type SearchOptions } from './pagefind.ts';
import { resultItem } from './result-item.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;

function need<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Suche: ${selector} fehlt auf der Seite`);
  return el;
}

/**
 * Pagefind searches for one query, each made once (the facet counts of several groups often coincide).
 * Pagefind gets the query without function words (src/lib/search/terms.ts); the page shows it as typed.
 */
function searches(pf: Pagefind, q: string): (o: SearchOptions) => Promise<Search> {
  const cache = new Map<string, Promise<Search>>();
  const terms = searchTerms(q);
  return (options) => {
    const id = JSON.stringify(options);
    if (!cache.has(id)) cache.set(id, pf.search(terms, options));
    return cache.get(id)!;
  };
}

/** Counts for each group as if only the other groups were chosen (values within a group are alternatives). */
async function facetCounts(state: SearchState, search: (o: SearchOptions) => Promise<Search>): Promise<Record<FilterKey, Record<string, number>>> {
  const count = (key: FilterKey) => search({ filters: pagefindFilters(state, key) }).then((s) => s.filters[key] ?? {});
  const [typ = {}, jahr = {}, landkreis = {}] = await Promise.all(FILTER_KEYS.map(count));
  return { typ, jahr, landkreis };
}

export function startSearchPage(doc: Document): void {
  const form = need<HTMLFormElement>(doc, '[data-search-form] form');
  const input = need<HTMLInputElement>(form, 'input[name="q"]');
  const status = need<HTMLElement>(doc, '[data-search-status]');
  const list = need<HTMLOListElement>(doc, '[data-search-list]');
  const more = need<HTMLButtonElement>(doc, '[data-search-more]');
  const help = need<HTMLElement>(doc, '[data-search-help]');
  const hints = need<HTMLElement>(doc, '[data-search-hints]');
  const hintFilters = need<HTMLElement>(doc, '[data-search-hint-filters]');
  const template = need<HTMLTemplateElement>(doc, '[data-search-template]');
  const filtersBox = need<HTMLElement>(doc, '[data-search-filters]');
  const sortSelect = need<HTMLSelectElement>(doc, '[data-search-sort]');
  const panel = need<HTMLDetailsElement>(doc, '[data-search-filter-panel]');
  const loading = need<HTMLElement>(doc, '[data-filter-loading]');
  const reset = need<HTMLButtonElement>(doc, '[data-search-reset]');

  let state = stateFromParams(new URLSearchParams(location.search));
  let results: Result[] = [];
  let shown = 0;
  /** Counts searches; an answer that arrives after a newer search started is dropped. */
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Pagefind, once the current query has been searched (the filter panel counts for that query). */
  let current: Pagefind | undefined;

  input.value = state.q;
  sortSelect.value = state.sort;
  panel.open = hasFilters(state);

  function syncAddress() {
    const params = paramsFromState(state).toString();
    history.replaceState(null, '', params ? `${location.pathname}?${params}` : location.pathname);
  }

  function showHelp(kind: 'none' | 'empty' | 'unavailable') {
    help.hidden = kind === 'none';
    hints.hidden = kind !== 'empty';
    hintFilters.hidden = !hasFilters(state);
  }

  async function search() {
    const mine = ++run;
    state = { ...state, q: input.value.trim() };
    syncAddress();
    if (!state.q) {
      current = undefined;
      results = [];
      list.replaceChildren();
      more.hidden = true;
      filtersBox.hidden = true;
      showHelp('none');
      status.textContent = TEXTS.prompt;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const pf = await loadPagefind();
      current = pf;
      const cached = searches(pf, state.q);
      const filters = pagefindFilters(state);
      const sort = pagefindSort(state.sort);
      const [byRelevance, sorted] = await Promise.all([cached({ filters }), sort ? cached({ filters, sort }) : undefined]);
      if (mine !== run) return;
      results = sorted ? withUndatedLast(sorted.results, byRelevance.results) : byRelevance.results;
      list.replaceChildren();
      shown = 0;
      await showMore(false, mine);
      if (mine !== run) return;
      const filtered = hasFilters(state);
      status.textContent = resultCountText(state.q, { count: results.length, unfiltered: byRelevance.unfilteredResultCount, filtered });
      filtersBox.hidden = results.length === 0 && !filtered;
      reset.hidden = !filtered;
      showHelp(results.length === 0 ? 'empty' : 'none');
      if (panel.open) await updateFilters(mine);
    } catch (error) {
      console.error(error);
      status.textContent = TEXTS.unavailable;
      filtersBox.hidden = true;
      showHelp('unavailable');
    } finally {
      if (mine === run) list.removeAttribute('aria-busy');
    }
  }

  /** Filter options with counts, only while the panel is open: they need Pagefind's filter index. */
  async function updateFilters(mine: number) {
    const pf = current;
    if (!pf) return;
    // Pagefind counts only filters whose index is loaded: load them all first, then search again for counts.
    const all = await pf.filters();
    const counts = await facetCounts(state, searches(pf, state.q));
    if (mine !== run) return;
    loading.hidden = true;
    renderFilterGroups(filtersBox, all, counts, state);
  }

  /** Renders the next page of results; with `focus`, moves focus to the first new one (after "more"). */
  async function showMore(focus: boolean, mine: number) {
    const slice = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (mine !== run) return;
    const items = data.map((d) => resultItem(template, d));
    list.append(...items);
    shown += slice.length;
    const rest = results.length - shown;
    more.hidden = rest <= 0;
    more.textContent = TEXTS.more(rest);
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  // Pagefind's fixed part (script, wasm, page list) loads when the field gets focus. No preloading per
  // keystroke: a one-letter prefix would fetch every index chunk of that letter.
  input.addEventListener('focus', () => void loadPagefind().then((pf) => pf.init()).catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  });
  filtersBox.addEventListener('change', (event) => {
    const target = event.target;
    if (target === sortSelect) {
      state = { ...state, sort: parseSort(sortSelect.value) };
    } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      const key = target.name as FilterKey;
      const chosen = [...filtersBox.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((b) => b.value);
      state = { ...state, filters: { ...state.filters, [key]: chosen } };
    } else return;
    void search();
  });
  panel.addEventListener('toggle', () => {
    if (panel.open) void updateFilters(run).catch((error: unknown) => console.error(error));
  });
  reset.addEventListener('click', () => {
    state = { ...state, filters: emptyFilters() };
    input.focus();
    void search();
  });
  more.addEventListener('click', () => void showMore(true, run));

  if (state.q) void search();
}
