/**
 * The search page's script: runs the query and the filters from the form through Pagefind
 * (loaded from /pagefind/ on first use), renders the results, the filter counts and the status
 * line, and keeps all of it in the URL (/soeg/?q=bolig&kommune=hilleroed&sort=nyeste).
 *
 * The query is searched as typed: the index holds every word in its other spellings and with its
 * compound parts and synonyms as keywords (src/search/keywords.ts); keywords in titles and
 * excerpts are removed and a match on a keyword is shown on its word (src/search/markers.ts).
 */
import { foldDigraph, normaliseQuery, stem } from '../fold';
import { excerptWords, stripKeywords, withoutTitle, type ExcerptWord } from '../markers';
import { suggestQuery, vocabulary, type Vocabulary, type WordList } from '../suggest';

interface Location {
  weight: number;
  balanced_score: number;
  location: number;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
  weighted_locations: Location[];
}
interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (with its keywords), and where in it (word positions) the query matched. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface Result {
  id: string;
  data: () => Promise<ResultData>;
}
type Counts = Record<string, Record<string, number>>;
interface Response {
  results: Result[];
  unfilteredResultCount: number;
  filters: Counts;
}
type Filters = Record<string, { any: string[] }>;
interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: SearchOptions) => Promise<Response | null>;
  preload: (q: string | null, o?: SearchOptions) => Promise<void>;
  filters: () => Promise<Counts>;
}

const PAGEFIND = '/pagefind/pagefind.js';
const ENTRY = '/pagefind/pagefind-entry.json';
/**
 * Up to this many pages every filter's counts load with the first search (a few KB); above it a
 * filter group loads its counts when opened, since each filter index then costs 15–30 KB.
 */
const EAGER_FILTER_PAGES = 800;
const WORDS = '/soeg/ordliste.json';
const PAGE_SIZE = 10;
/** Chips a filter group shows before "Vis alle". */
const CHIPS = 8;
const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = { nyeste: { nyeste: 'desc' }, aeldste: { aeldste: 'asc' } };

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) start(app);

function start(app: HTMLElement) {
  const s = JSON.parse(app.dataset.strings ?? '{}') as Record<string, string>;
  const fill = (key: string, vars: Record<string, string | number>) =>
    (s[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  const $ = <T extends Element>(sel: string) => app.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('#soeg-q');
  const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
  const status = $<HTMLElement>('[data-search-status]');
  const hint = $<HTMLElement>('[data-search-hint]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const panel = $<HTMLDetailsElement>('[data-search-filters]');
  const summary = $<HTMLElement>('[data-filter-summary]');
  const clear = $<HTMLButtonElement>('[data-filter-clear]');
  const groups = [...app.querySelectorAll<HTMLDetailsElement>('[data-filter-group]')];
  const boxes = [...app.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

  app.hidden = false;
  if (matchMedia('(min-width: 64rem)').matches) panel.open = true;

  let pagefind: Promise<Pagefind> | undefined;
  let loaded = false;
  /** Filter groups whose index is loaded: Pagefind reports counts for these only. */
  const loadedGroups = new Set<string>();
  let eager = false;
  const load = () =>
    (pagefind ??= Promise.all([
      import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>,
      fetch(ENTRY).then((r) => r.json() as Promise<{ languages: Record<string, { page_count: number }> }>),
    ]).then(async ([pf, entry]) => {
      // The main thread is fast enough for this index, and the worker would be one more download.
      await pf.options({ excerptLength: 30, noWorker: true });
      await pf.init();
      eager = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) <= EAGER_FILTER_PAGES;
      if (eager) {
        await pf.filters();
        for (const g of groups) {
          loadedGroups.add(g.dataset.filterGroup!);
          g.open = true;
        }
      }
      loaded = true;
      return pf;
    }));
  let words: Promise<Vocabulary> | undefined;
  const loadWords = () => (words ??= fetch(WORDS).then((r) => r.json() as Promise<WordList>).then(vocabulary));

  const selected = (): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const b of boxes) if (b.checked) (out[b.name] ??= []).push(b.value);
    return out;
  };
  const toFilters = (sel: Record<string, string[]>, without?: string): Filters =>
    Object.fromEntries(Object.entries(sel).filter(([k]) => k !== without).map(([k, v]) => [k, { any: v }]));

  function readUrl() {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') ?? '';
    sortSelect.value = SORTS[p.get('sort') ?? ''] ? p.get('sort')! : '';
    for (const b of boxes) b.checked = p.getAll(b.name).includes(b.value);
  }
  function writeUrl(push: boolean) {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    for (const [k, vs] of Object.entries(selected())) for (const v of vs) p.append(k, v);
    if (sortSelect.value) p.set('sort', sortSelect.value);
    const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  let run = 0;
  let results: Result[] = [];
  const matched = new Set<string>();
  let shown = 0;
  let terms = '';

  /** Runs the search of the form; if Pagefind fails, the page says so and points to browsing. */
  const search = (push = false) => runSearch(push).catch(fail);

  async function runSearch(push: boolean) {
    const mine = ++run;
    const query = input.value.trim();
    const searched = normaliseQuery(query);
    const sel = selected();
    const active = Object.values(sel).flat().length;
    writeUrl(push);
    summary.textContent = active ? `(${active} ${s.filtersChosen})` : '';
    clear.hidden = active === 0;
    hint.hidden = true;
    if (!searched && !active) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      announce(loaded ? s.statusEmpty : s.statusType);
      await showTotals(mine);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    if (!loaded) announce(s.statusLoading);
    const pf = await load();
    const sort = SORTS[sortSelect.value];
    const main = await pf.search(searched || null, { filters: toFilters(sel), ...(sort ? { sort } : {}) });
    if (!main || mine !== run) return;
    // A group with a choice has its index loaded by the search itself.
    for (const key of Object.keys(sel)) {
      loadedGroups.add(key);
      groups.find((g) => g.dataset.filterGroup === key)!.open = true;
    }
    const counts = await countsFor(pf, searched, sel, main);
    if (mine !== run) return;
    renderCounts(counts);
    results = main.results;
    matched.clear();
    shown = 0;
    terms = query;
    list.replaceChildren();
    await showMore(mine, false);
    if (mine !== run) return;
    list.removeAttribute('aria-busy');
    const n = results.length;
    const parts = [n === 0 ? s.statusNone : n === 1 ? s.statusOne : fill('statusMany', { n })];
    if (query) parts.push(fill('statusFor', { q: query }));
    if (active) parts.push(active === 1 ? (s.statusFilterOne ?? '') : fill('statusFilterMany', { n: active }));
    let line = `${parts.join(' ')}.`;
    if (n === 0 && active && main.unfilteredResultCount > 0) {
      line += ` ${fill('withoutFilters', { n: main.unfilteredResultCount === 1 ? s.statusOne! : fill('statusMany', { n: main.unfilteredResultCount }) })}`;
      announce(line);
      offer(s.clearAndSearch ?? '', () => clearFilters());
      return;
    }
    if (query && (n === 0 || uncovered(query))) {
      // Nothing found, or a word no shown result matched (Pagefind then matches loosely): a typo?
      const fix = suggestQuery(query, await loadWords().catch(() => vocabulary([])));
      if (mine !== run) return;
      if (fix) {
        // Shown as a link under the status line; said with the status.
        const question = `${s.didYouMean} »${fix}«?`;
        announce(line, question);
        offer(question, () => {
          input.value = fix;
          void search(true);
        }, `?q=${encodeURIComponent(fix)}`);
        return;
      }
    }
    announce(line);
  }

  /** The status line (a polite live region); `spoken` is for screen readers only. */
  function announce(line = '', spoken?: string) {
    status.replaceChildren(line);
    if (spoken) status.append(el('span', 'sr-only', ` ${spoken}`));
  }

  /** True when a word of the query (4+ letters) is in no marked word of the shown results. */
  /** True when a word of the query (4+ letters) is in no word the shown results matched. */
  function uncovered(query: string): boolean {
    const hits = [...matched];
    return query
      .split(/\s+/)
      .map((w) => stem(foldDigraph(w.replace(/[^\p{L}\p{N}]/gu, ''))))
      .some((w) => w.length >= 4 && !/\d/.test(w) && !hits.some((m) => m.includes(w)));
  }

  /** A link under the status line that runs another search ("Mente du …", "Søg uden filtre"). */
  function offer(label: string, action: () => void, href = '') {
    const a = document.createElement('a');
    a.href = href || location.pathname;
    a.textContent = label;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      action();
      input.focus();
    });
    hint.replaceChildren(a);
    hint.hidden = false;
  }

  /**
   * Counts per filter value for the loaded groups: the search's own, and for a group with a choice,
   * what the other groups' choices leave (so the group's other values can still be added).
   */
  async function countsFor(pf: Pagefind, searched: string, sel: Record<string, string[]>, main: Response): Promise<Counts> {
    const counts: Counts = {};
    for (const key of loadedGroups) if (!sel[key]) counts[key] = main.filters[key] ?? {};
    await Promise.all(
      Object.keys(sel).map(async (key) => {
        const r = await pf.search(searched || null, { filters: toFilters(sel, key) });
        counts[key] = r?.filters[key] ?? {};
      }),
    );
    return counts;
  }

  /** Opening a filter group whose index is not loaded yet: load it, then count. */
  async function openGroup(g: HTMLDetailsElement) {
    const key = g.dataset.filterGroup!;
    if (!g.open || loadedGroups.has(key)) return;
    const pf = await load();
    const note = g.querySelector<HTMLElement>('[data-group-loading]')!;
    note.hidden = false;
    await pf.preload(null, { filters: { [key]: { any: [''] } } });
    loadedGroups.add(key);
    note.hidden = true;
    const mine = run;
    const searched = normaliseQuery(input.value.trim());
    const sel = selected();
    if (!searched && !Object.keys(sel).length) return showTotals(mine);
    const main = await pf.search(searched || null, { filters: toFilters(sel) });
    if (main && mine === run) renderCounts(await countsFor(pf, searched, sel, main));
  }

  /** With no query and no filter: the filters with their totals, to browse by. */
  async function showTotals(mine: number) {
    if (!pagefind) {
      panel.hidden = true;
      return;
    }
    const pf = await pagefind;
    // Without a query or filter Pagefind finds every page: its counts are the totals.
    const all = await pf.search(null, {});
    if (all && mine === run) renderCounts(Object.fromEntries([...loadedGroups].map((k) => [k, all.filters[k] ?? {}])));
  }

  let lastCounts: Counts = {};
  function renderCounts(counts: Counts) {
    lastCounts = counts;
    for (const g of groups) {
      const key = g.dataset.filterGroup!;
      const chosen = g.querySelectorAll('input:checked').length;
      g.querySelector('[data-group-summary]')!.textContent = chosen ? `(${chosen} ${s.filtersChosen})` : '';
      // Not loaded yet: the group stays, closed, until it is opened.
      if (!counts[key]) {
        g.hidden = false;
        continue;
      }
      const items = [...g.querySelectorAll<HTMLLIElement>('li[data-filter-value]')];
      const expanded = g.dataset.expanded === 'true';
      // Values with results, and chosen ones (so they can be unchosen). Folded, a group shows the
      // values with the most results; the order stays the list's own (focus and tab order do not jump).
      const rows = items.map((li) => ({ li, n: counts[key]?.[li.dataset.filterValue!] ?? 0, on: li.querySelector('input')!.checked }));
      const shown = rows.filter((r) => r.n > 0 || r.on);
      const visible = shown.length;
      const top = new Set(
        [...shown]
          .sort((a, b) => Number(b.on) - Number(a.on) || b.n - a.n)
          .slice(0, expanded ? shown.length : CHIPS)
          .map((r) => r.li),
      );
      for (const { li, n } of rows) {
        li.querySelector('[data-count]')!.textContent = `(${n})`;
        li.hidden = !top.has(li);
      }
      g.hidden = visible === 0;
      const toggle = g.querySelector<HTMLButtonElement>('[data-filter-more]')!;
      toggle.hidden = visible <= CHIPS;
      toggle.textContent = expanded ? (s.showFewer ?? '') : `${s.showAll} (${visible})`;
      toggle.setAttribute('aria-expanded', String(expanded));
    }
    panel.hidden = false;
  }

  async function showMore(mine: number, focus: boolean) {
    const slice = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (mine !== run) return;
    // The words (and keywords) the query matched on these pages, wherever on the page.
    for (const d of data) {
      const words = d.content.split(/\s+/);
      for (const at of d.locations) matched.add(foldDigraph(words[at]?.replace(/[^\p{L}\p{N}]/gu, '') ?? ''));
    }
    const items = data.map(renderResult);
    list.append(...items);
    shown += slice.length;
    const left = results.length - shown;
    more.hidden = left <= 0;
    more.textContent = `${more.dataset.label} ${fill('moreLeft', { n: Math.min(left, PAGE_SIZE) })}`;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  function renderResult(d: ResultData): HTMLLIElement {
    const li = el('li', 'rounded-lg border border-slate-200 p-4 dark:border-slate-700');
    const words = excerptWords(d.excerpt);
    const marked = words.filter((w) => w.marked).map((w) => w.text.replace(/[^\p{L}\p{N}-]/gu, ''));
    const highlight = [...new Set([...terms.split(/\s+/), ...marked].filter(Boolean).map((w) => w.toLowerCase()))].slice(0, 12).join(' ');
    const kicker = [labelOf('type', d.filters.type?.[0]), who(d), d.meta.periode].filter(Boolean).join(' · ');
    if (kicker) li.append(el('p', 'text-sm font-semibold text-slate-600 dark:text-slate-400', kicker));
    const title = stripKeywords(d.meta.title ?? d.url);
    const h = el('h3', 'text-lg leading-snug');
    h.append(link(d.url, title, highlight));
    li.append(h);
    // The title is shown above: an excerpt that only repeats it is left out.
    const body = withoutTitle(words, title);
    if (body.length >= 4) li.append(excerpt(body, 'mt-1 leading-relaxed text-slate-700 dark:text-slate-300'));
    if (d.meta.dokument) li.append(el('p', 'mt-1 text-sm text-slate-600 dark:text-slate-400', `${s.inDocument}: ${d.meta.dokument}`));
    // A document page: offer the goals, initiatives and sections the query matched in it.
    const subs = d.url.startsWith('/dokumenter/') ? bestSubResults(d.sub_results) : [];
    if (subs.length) {
      const ul = el('ul', 'mt-3 flex flex-col gap-2 border-l-2 border-slate-200 pl-4 dark:border-slate-700');
      for (const sub of subs) {
        const item = el('li');
        const subTitle = stripKeywords(sub.title);
        item.append(link(sub.url, subTitle, highlight));
        const w = withoutTitle(excerptWords(sub.excerpt), subTitle);
        if (w.length >= 4) item.append(excerpt(w, 'text-sm leading-relaxed text-slate-700 dark:text-slate-300'));
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  /** The label of a filter value, as its chip says it ("indsats" → "Indsats"). */
  function labelOf(key: string, value: string | undefined): string | undefined {
    if (!value) return undefined;
    const li = app!.querySelector(`[data-filter-group="${key}"] li[data-filter-value="${CSS.escape(value)}"]`);
    return li?.querySelector('label > span')?.textContent ?? value;
  }

  /** Who a result is from: "Hillerød Kommune" for a municipality's own entry, else as recorded ("KL"). */
  function who(d: ResultData): string | undefined {
    const name = d.meta.kommune;
    const only = d.filters.kommune?.length === 1 ? labelOf('kommune', d.filters.kommune[0]) : undefined;
    return name && name === only ? `${name} Kommune` : name;
  }

  function fail() {
    app!.hidden = true;
    document.querySelector<HTMLElement>('[data-search-failed]')!.hidden = false;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search(true);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 200);
  });
  // Focusing the box loads Pagefind ahead of the first query; with nothing to search yet, the
  // filters then show their totals, to browse by.
  input.addEventListener(
    'focus',
    () => {
      load()
        .then(() => {
          if (!input.value.trim() && !Object.keys(selected()).length) void search();
        })
        .catch(fail);
    },
    { once: true },
  );
  sortSelect.addEventListener('change', () => void search(true));
  for (const b of boxes) b.addEventListener('change', () => void search(true));
  for (const g of groups) {
    g.querySelector('[data-filter-more]')!.addEventListener('click', () => {
      g.dataset.expanded = String(g.dataset.expanded !== 'true');
      renderCounts(lastCounts);
    });
    g.addEventListener('toggle', () => void openGroup(g).catch(fail));
  }
  const clearFilters = () => {
    for (const b of boxes) b.checked = false;
    void search(true);
  };
  clear.addEventListener('click', clearFilters);
  more.addEventListener('click', () => void showMore(run, true));
  addEventListener('popstate', () => {
    readUrl();
    void search();
  });

  readUrl();
  void search();
}

/** The sub-results worth showing: anchored ones, the three with the most weight, in page order. */
function bestSubResults(subs: SubResult[]): SubResult[] {
  const weight = (x: SubResult) => x.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return subs
    .filter((x) => x.anchor?.id)
    .map((x, i) => ({ x, i, w: weight(x) }))
    .sort((a, b) => b.w - a.w)
    .slice(0, 3)
    .sort((a, b) => a.i - b.i)
    .map((e) => e.x);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A result link, with the searched words for the highlighter on the target page. */
function link(url: string, text: string, highlight: string): HTMLAnchorElement {
  const [path, hash] = url.split('#');
  const a = el('a', '', text);
  a.href = `${path}${highlight ? `?highlight=${encodeURIComponent(highlight)}` : ''}${hash ? `#${hash}` : ''}`;
  return a;
}

function excerpt(words: ExcerptWord[], cls: string): HTMLParagraphElement {
  const p = el('p', cls);
  words.forEach((w, i) => {
    if (i) p.append(' ');
    if (!w.marked) return p.append(w.text);
    const mark = el('mark', 'rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-300 dark:text-slate-950', w.text);
    // The keywords it matched through (a synonym, a spelling): the query's words are covered.
    if (w.via) mark.dataset.via = w.via.join(' ');
    p.append(mark);
  });
  return p;
}
