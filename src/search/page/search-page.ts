/**
 * The search page's script: wires the form, the filter panel and the result list of
 * src/pages/soeg/_components/SearchPage.astro to Pagefind (loaded on first use). Each job is a
 * module of its own in this folder:
 *
 *   url-state.ts   the state ↔ the URL (/soeg/?q=bolig&kommune=hilleroed&sort=nyeste)
 *   pagefind.ts    Pagefind's API and its loader
 *   filters.ts     chosen filters → Pagefind filters, which chips a group shows
 *   status.ts      the status line
 *   coverage.ts    which query words the results matched (a typo? typed without æ/ø/å?)
 *   results.ts     a result as the page shows it; dom.ts builds its elements
 *   pagination.ts  ten results at a time
 *   year-sort.ts   newest or oldest first, from the year filter
 *   strings.ts     the typed UI strings
 *
 * The query is searched as typed: the index holds every word in its other spellings and with its
 * compound parts and synonyms as keywords (src/search/keywords.ts); keywords in titles and
 * excerpts are removed and a match on a keyword is shown on its word (src/search/markers.ts).
 */
import { hasDigraph, respeller, SPELLING_LIST, type CountedWords, type Respeller } from '../respell';
import { vocabulary, type Vocabulary, type WordList } from '../suggest';
import { excerptWords, type ExcerptWord } from '../markers';
import { alsoFoundBy } from './also';
import { matchedWords, unmatchedWords, unspelledWords } from './coverage';
import { find, type Found } from './engine';
import { el, resultItem } from './dom';
import { activeCount, groupLayout, toFilters } from './filters';
import { loadPagefind, type Counts, type Pagefind, type Result } from './pagefind';
import { moreCount, nextPage, PAGE_SIZE } from './pagination';
import { resultView, type ResultContext } from './results';
import { chosenNote, didYouMean, statusLine, withoutFiltersLine } from './status';
import { readText, type ClientStrings } from './strings';
import { parseQuery, type Term } from './query';
import { combineCorrections, correctedQuery, correctTerms, respellTerms } from './typos';
import { chosenFilters, readState, SORTS, stateSearch } from './url-state';
import { loadYearOf, orderByYear, type Direction, type YearOf } from './year-sort';

const WORDS = '/soeg/ordliste.json';
const SPELLINGS = `/${SPELLING_LIST}`;

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) start(app);

function start(app: HTMLElement) {
  const text = readText(JSON.parse(app.dataset.strings ?? '{}') as Partial<ClientStrings>);
  const $ = <T extends Element>(sel: string) => app.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('#soeg-q');
  const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
  const status = $<HTMLElement>('[data-search-status]');
  const hint = $<HTMLElement>('[data-search-hint]');
  const also = $<HTMLElement>('[data-search-also]');
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
  const load = () =>
    (pagefind ??= loadPagefind().then(({ pf, eager }) => {
      if (eager) {
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
  let spellings: Promise<Respeller> | undefined;
  const loadSpellings = () => (spellings ??= fetch(SPELLINGS).then((r) => r.json() as Promise<CountedWords>).then(respeller));

  const selected = () => chosenFilters(boxes);
  /** The year filter's values: what a sort by year reads each page's year from. */
  const years = boxes.filter((b) => b.name === 'aar').map((b) => b.value);
  let yearOf: Promise<YearOf> | undefined;
  /**
   * `found` in year order when a sort is chosen: what matches every term first, then the rest,
   * each by year. A browse without words has no relevance to keep within a year: when it is at
   * most two pages long, its pages' addresses order it (their data loads; most of it is shown).
   */
  async function inOrder(pf: Pagefind, found: Found | null, direction: Direction | undefined): Promise<Found | null> {
    if (!found || !direction) return found;
    const of = await (yearOf ??= loadYearOf(pf, years).catch((error: unknown) => {
      yearOf = undefined;
      throw error;
    }));
    const urls =
      found.query === null && found.results.length <= 2 * PAGE_SIZE
        ? new Map(await Promise.all(found.results.map(async (r) => [r.id, (await r.data()).url] as const)))
        : undefined;
    const all = orderByYear(found.results.slice(0, found.strict), of, direction, urls);
    return { ...found, results: [...all, ...orderByYear(found.results.slice(found.strict), of, direction, urls)] };
  }
  const groupOf = (key: string) => groups.find((g) => g.dataset.filterGroup === key)!;

  function readUrl() {
    const state = readState(location.search, boxes);
    input.value = state.q;
    asTyped = state.asTyped ?? false;
    sortSelect.value = state.sort;
    for (const b of boxes) b.checked = state.filters[b.name]?.includes(b.value) ?? false;
  }
  function writeUrl(push: boolean) {
    const url = `${location.pathname}${stateSearch({ q: input.value, asTyped, sort: sortSelect.value, filters: selected() })}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  let run = 0;
  let results: Result[] = [];
  const matched = new Set<string>();
  let shown = 0;
  let terms = '';
  /** How many of `results` (the first ones) match every term. */
  let strict = 0;
  /** The excerpts of the first page of results (what they matched, for "Viser også …"). */
  let firstExcerpts: ExcerptWord[][] = [];
  /** Search the query as typed, without correcting it (?ordret=1, "Søg i stedet efter …"). */
  let asTyped = false;
  /** The terms of the search on screen (corrected, if it was). */
  let shownTerms: Term[] = [];

  /** Runs the search of the form; if Pagefind fails, the page says so and points to browsing. */
  const search = (push = false) => runSearch(push).catch(fail);

  async function runSearch(push: boolean) {
    const mine = ++run;
    delete status.dataset.for;
    const query = input.value.trim();
    const parsed = parseQuery(query);
    const sel = selected();
    const active = activeCount(sel);
    writeUrl(push);
    summary.textContent = chosenNote(text, active);
    clear.hidden = active === 0;
    hint.hidden = true;
    also.hidden = true;
    if (!parsed.terms.length && !active) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      announce(text(loaded ? 'search.statusEmpty' : 'search.statusType'));
      done(query);
      await showTotals(mine);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    if (!loaded) announce(text('search.statusLoading'));
    const loading = load();
    // A word with the digraph of æ or ø ("aeldre", "smaaboern") is respelled before the search:
    // as typed it finds nothing, and searching it would cost its chunks and fragments for nothing.
    const digraphed = asTyped ? [] : parsed.terms.filter((t) => !t.phrase && hasDigraph(t.text)).map((t) => t.text);
    const prespelled = digraphed.length ? respellTerms(parsed.terms, digraphed, await loadSpellings().catch(() => respeller([])), hasDigraph) : undefined;
    const terms = prespelled?.terms ?? parsed.terms;
    const pf = await loading;
    if (mine !== run) return;
    const direction = SORTS[sortSelect.value];
    const options = { filters: toFilters(sel) };
    let found = await inOrder(pf, await find(pf, terms, options), direction);
    if (!found || mine !== run) return;
    // A group with a choice has its index loaded by the search itself.
    for (const key of Object.keys(sel)) {
      loadedGroups.add(key);
      groupOf(key).open = true;
    }
    await showResults(mine, pf, found, query);
    if (mine !== run) return;

    // A word typed without æ/ø/å that no shown result has as written: respelled ("born" → "børn").
    // Then a word no shown result matched (Pagefind then matches loosely): a typo?
    const typedWords = terms.filter((t) => !t.phrase).map((t) => t.text);
    const unspelled = asTyped ? [] : unspelledWords(typedWords, matched, found.results.length < PAGE_SIZE);
    const respelled = unspelled.length ? respellTerms(terms, unspelled, await loadSpellings().catch(() => respeller([]))) : undefined;
    if (mine !== run) return;
    const unmatched = unmatchedWords(typedWords, matched).filter((w) => !respelled?.fixed.some((f) => f.from === w));
    // What the results shown so far call for: a respelling, a typo correction.
    let later = respelled;
    if (unmatched.length) {
      later = combineCorrections(respelled, correctTerms(respelled?.terms ?? terms, unmatched, await loadWords().catch(() => vocabulary([]))));
      if (mine !== run) return;
    }
    const correction = combineCorrections(prespelled, later);
    let shownQuery = query;
    shownTerms = terms;
    if (correction && !asTyped) {
      shownTerms = correction.terms;
      // Search the corrected query at once (unless it was searched respelled already), and offer the query as typed.
      shownQuery = correctedQuery(query, correction);
      if (later) {
        found = correction.terms.length ? await inOrder(pf, await find(pf, correction.terms, options), direction) : emptyFound(found);
        if (!found || mine !== run) return;
      }
      await showResults(mine, pf, found, shownQuery);
      if (mine !== run) return;
    } else if (correction) {
      // As typed, the matches are of other words: none is listed.
      found = emptyFound(found);
      await showResults(mine, pf, found, query);
      if (mine !== run) return;
    }
    list.removeAttribute('aria-busy');
    // "Viser også resultater for »helbredsvurdering«": what a synonym of a query word found.
    const synonyms = alsoFoundBy(
      shownTerms.filter((t) => !t.phrase).map((t) => t.text),
      firstExcerpts,
    );
    also.textContent = synonyms.length ? text('search.alsoFor', { words: synonyms.map((w) => `»${w}«`).join(', ') }) : '';
    also.hidden = synonyms.length === 0;
    const n = results.length;
    let line = statusLine(text, { n, query: shownQuery, active });
    if (found.strict < n) line = `${line.slice(0, -1)} (${found.strict ? text('search.statusAllWords', { n: found.strict }) : text('search.statusAllWordsNone')}).`;
    if (n === 0 && active && found.main.unfilteredResultCount > 0) {
      line += ` ${withoutFiltersLine(text, found.main.unfilteredResultCount)}`;
      announce(line);
      offer(text('search.clearAndSearch'), () => clearFilters());
      done(query);
      return;
    }
    if (correction && !asTyped && shownQuery) {
      // "Viser resultater for »flygtninge«. Søg i stedet efter »flygninge«"
      const showing = text('search.showingFor', { q: shownQuery });
      const instead = text('search.insteadFor', { q: query });
      announce(line, `${showing} ${instead}`);
      offer(instead, () => {
        asTyped = true;
        void search(true);
      }, `?q=${encodeURIComponent(query)}&ordret=1`, showing);
    } else if (correction && asTyped) {
      const fix = correctedQuery(query, correction);
      if (fix) {
        const question = didYouMean(text, fix);
        announce(line, question);
        offer(question, () => {
          input.value = fix;
          asTyped = false;
          void search(true);
        }, `?q=${encodeURIComponent(fix)}`);
      } else announce(line);
    } else announce(line);
    done(query);
  }

  /** A search that found nothing (its filter counts empty too). */
  const emptyFound = (f: Found): Found => ({ results: [], strict: 0, main: { ...f.main, results: [], filters: {}, unfilteredResultCount: 0 }, query: undefined });

  /** Renders a search's filter counts and its first page of results. */
  async function showResults(mine: number, pf: Pagefind, found: Found, query: string) {
    const counts = await countsFor(pf, found, selected());
    if (mine !== run) return;
    renderCounts(counts);
    results = found.results;
    strict = found.strict;
    matched.clear();
    shown = 0;
    terms = query;
    list.replaceChildren();
    await showMore(mine, false);
  }

  /** Marks the status as the finished search for `query` (as typed): tests and tools wait on it. */
  function done(query: string) {
    status.dataset.for = query;
  }

  /** The status line (a polite live region); `spoken` is for screen readers only. */
  function announce(line = '', spoken?: string) {
    status.replaceChildren(line);
    if (spoken) status.append(el(document, 'span', 'sr-only', ` ${spoken}`));
  }

  /** A link under the status line that runs another search ("Mente du …", "Søg uden filtre"), after an optional lead. */
  function offer(label: string, action: () => void, href = '', lead = '') {
    const a = document.createElement('a');
    a.href = href || location.pathname;
    a.textContent = label;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      action();
      input.focus();
    });
    hint.replaceChildren(...(lead ? [`${lead} `, a] : [a]));
    hint.hidden = false;
  }

  /**
   * Counts per filter value for the loaded groups: the search's own, and for a group with a choice,
   * what the other groups' choices leave (so the group's other values can still be added).
   */
  async function countsFor(pf: Pagefind, found: Found, sel: Record<string, string[]>): Promise<Counts> {
    const counts: Counts = {};
    for (const key of loadedGroups) if (!sel[key]) counts[key] = found.main.filters[key] ?? {};
    await Promise.all(
      Object.keys(sel).map(async (key) => {
        // A search that was emptied (a typo searched as typed) counts nothing.
        const r = found.query === undefined ? null : await pf.search(found.query, { filters: toFilters(sel, key) });
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
    const sel = selected();
    if (!shownTerms.length && !Object.keys(sel).length) return showTotals(mine);
    const found = await find(pf, shownTerms, { filters: toFilters(sel) });
    if (found && mine === run) renderCounts(await countsFor(pf, found, sel));
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
      g.querySelector('[data-group-summary]')!.textContent = chosenNote(text, g.querySelectorAll('input:checked').length);
      // Not loaded yet: the group stays, closed, until it is opened.
      if (!counts[key]) {
        g.hidden = false;
        continue;
      }
      const items = [...g.querySelectorAll<HTMLLIElement>('li[data-filter-value]')];
      const expanded = g.dataset.expanded === 'true';
      const rows = items.map((li) => ({ li, value: li.dataset.filterValue!, n: counts[key]?.[li.dataset.filterValue!] ?? 0, on: li.querySelector('input')!.checked }));
      const layout = groupLayout(rows, expanded);
      for (const { li, value, n } of rows) {
        li.querySelector('[data-count]')!.textContent = `(${n})`;
        li.hidden = !layout.visible.has(value);
      }
      g.hidden = layout.hidden;
      const toggle = g.querySelector<HTMLButtonElement>('[data-filter-more]')!;
      toggle.hidden = !layout.toggle;
      toggle.textContent = expanded ? text('search.showFewer') : `${text('search.showAll')} (${layout.available})`;
      toggle.setAttribute('aria-expanded', String(expanded));
    }
    panel.hidden = false;
  }

  /** The label of a filter value, as its chip says it ("indsats" → "Indsats"). */
  const resultContext: ResultContext = {
    label: (key, value) =>
      app.querySelector(`[data-filter-group="${key}"] li[data-filter-value="${CSS.escape(value)}"]`)?.querySelector('label > span')?.textContent ?? value,
    inDocument: text('search.inDocument'),
    municipalityName: (name) => text('municipality.name', { name }),
  };

  async function showMore(mine: number, focus: boolean) {
    const page = nextPage(results.length, shown);
    const data = await Promise.all(results.slice(page.from, page.to).map((r) => r.data()));
    if (mine !== run) return;
    for (const w of matchedWords(data)) matched.add(w);
    if (page.from === 0) firstExcerpts = data.flatMap((d) => [excerptWords(d.excerpt), ...d.sub_results.map((s) => excerptWords(s.excerpt))]);
    const items = data.map((d, i) => resultItem(document, resultView(d, terms, resultContext, page.from + i >= strict)));
    list.append(...items);
    shown = page.to;
    more.hidden = page.left <= 0;
    more.textContent = `${more.dataset.label} ${text('search.moreLeft', { n: moreCount(page.left) })}`;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  function fail() {
    app.hidden = true;
    document.querySelector<HTMLElement>('[data-search-failed]')!.hidden = false;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    asTyped = false;
    void search(true);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    asTyped = false;
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
