/**
 * The search page's state and its URL: /soeg/?q=bolig&kommune=hilleroed&sort=nyeste. The URL is
 * the state, so a search can be shared, bookmarked and gone back to.
 */

/** Sort orders the page offers, by their URL value: the direction of the year order (year-sort.ts). */
export const SORTS: Record<string, 'asc' | 'desc'> = { nyeste: 'desc', aeldste: 'asc' };

/** The URL parameter that turns typo correction off for the query. */
const AS_TYPED = 'ordret';

/** What the form holds: the query as typed, the sort ('' for relevance), the chosen filter values. */
export interface SearchState {
  q: string;
  /** Search the query as typed, without correcting a typo ("Søg i stedet efter …"): ?ordret=1. */
  asTyped?: boolean;
  sort: string;
  /** Chosen values per filter (URL parameter), in the order of the page's checkboxes. */
  filters: Record<string, string[]>;
}

/** A filter checkbox of the page: its group (URL parameter) and value. */
export interface FilterOption {
  name: string;
  value: string;
}

/**
 * The state a URL's query string asks for. Only values the page offers count: an unknown sort is
 * relevance, an unknown filter value is ignored.
 */
export function readState(search: string, options: readonly FilterOption[]): SearchState {
  const p = new URLSearchParams(search);
  const sort = p.get('sort') ?? '';
  const filters: Record<string, string[]> = {};
  for (const o of options) if (p.getAll(o.name).includes(o.value)) (filters[o.name] ??= []).push(o.value);
  const q = p.get('q') ?? '';
  return { q, ...(q && p.get(AS_TYPED) === '1' ? { asTyped: true } : {}), sort: Object.hasOwn(SORTS, sort) ? sort : '', filters };
}

/** The query string of a state ('' or "?q=…&kommune=…&sort=…"): trimmed query, filters, sort. */
export function stateSearch(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  if (state.q.trim() && state.asTyped) p.set(AS_TYPED, '1');
  for (const [k, vs] of Object.entries(state.filters)) for (const v of vs) p.append(k, v);
  if (state.sort) p.set('sort', state.sort);
  return p.size ? `?${p}` : '';
}

/** The chosen filter values of the page's checkboxes, grouped by filter. */
export function chosenFilters(boxes: readonly (FilterOption & { checked: boolean })[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const b of boxes) if (b.checked) (out[b.name] ??= []).push(b.value);
  return out;
}
