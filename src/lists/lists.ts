/**
 * The paginated lists: which lists exist, their addresses, their page size, and every page
 * address they build (for the permalink lock, src/permalinks/input.ts). Page 1 of a list is its
 * first address (/indsatser/), page n is /indsatser/<n>/; a theme's page n is /temaer/<id>/<n>/.
 */
import type { Catalogue } from '../catalogue/model';
import { urls } from '../catalogue/urls';
import type { ResultType } from '../search/record';
import type { UiKey } from '../i18n';
import { rowsOf, themeRows, type ListRow, type RowKind } from './rows';

/**
 * Entries per page. Fixed, so no list page grows with the catalogue: at national scale (7,000+
 * entries) the heaviest list page stays under 40 KB gzip with its stylesheet (BENCHMARKS.md).
 */
export const PAGE_SIZE = 50;

/** One list page kind: its rows, first address, words and the search type its filters link to. */
export interface ListSpec {
  kind: RowKind;
  first: string;
  title: UiKey;
  intro: UiKey;
  /** "3.528 indsatser". */
  count: 'count.initiatives' | 'count.goals' | 'count.criteria' | 'count.cases' | 'count.documents';
  /** The search page's type filter for these entries (a criterion is found through its initiative). */
  searchType: ResultType;
}

/** Every list, in the order the pages link to each other. */
export const LISTS: readonly ListSpec[] = [
  { kind: 'initiatives', first: urls.initiatives(), title: 'lists.initiatives.title', intro: 'lists.initiatives.intro', count: 'count.initiatives', searchType: 'indsats' },
  { kind: 'goals', first: urls.goals(), title: 'lists.goals.title', intro: 'lists.goals.intro', count: 'count.goals', searchType: 'maal' },
  { kind: 'criteria', first: urls.criteria(), title: 'lists.criteria.title', intro: 'lists.criteria.intro', count: 'count.criteria', searchType: 'indsats' },
  { kind: 'cases', first: urls.cases(), title: 'cases.title', intro: 'cases.intro', count: 'count.cases', searchType: 'case' },
  { kind: 'documents', first: urls.documents(), title: 'documents.title', intro: 'documents.intro', count: 'count.documents', searchType: 'dokument' },
];

/** The spec of a list by its kind. */
export function listSpec(kind: RowKind): ListSpec {
  const spec = LISTS.find((l) => l.kind === kind);
  if (!spec) throw new Error(`src/lists/lists.ts: no list of kind "${kind}" in LISTS`);
  return spec;
}

const cache = new WeakMap<Catalogue, Map<string, ListRow[]>>();

/** Rows of a list ("initiatives") or of a theme ("tema:<id>"), computed once per catalogue. */
function cached(c: Catalogue, key: string, make: () => ListRow[]): ListRow[] {
  let byKey = cache.get(c);
  if (!byKey) cache.set(c, (byKey = new Map()));
  let rows = byKey.get(key);
  if (!rows) byKey.set(key, (rows = make()));
  return rows;
}

/** Every row of a list, in list order. */
export const listRows = (c: Catalogue, kind: RowKind) => cached(c, kind, () => rowsOf(c, kind));

/** Every row of a theme page, in its order. */
export const themeListRows = (c: Catalogue, themeId: string) => cached(c, `tema:${themeId}`, () => themeRows(c, themeId));

/** How many pages a list of `n` rows has (an empty list still has its first page). */
export const pageCount = (n: number) => Math.max(1, Math.ceil(n / PAGE_SIZE));

/** The addresses of every page of a list whose first page is `first`. */
export const pageUrls = (first: string, rows: number) => Array.from({ length: pageCount(rows) }, (_, i) => urls.listPage(first, i + 1));

/**
 * Every address the lists build: each page of each list, and the pages after the first of each
 * theme (the first is the theme's own address, an entry page of the permalink model).
 */
export function listPageUrls(c: Catalogue): string[] {
  return [
    ...LISTS.flatMap((l) => pageUrls(l.first, listRows(c, l.kind).length)),
    ...c.themes.flatMap((x) => pageUrls(urls.theme(x.id), themeListRows(c, x.id).length).slice(1)),
  ];
}

/**
 * The page numbers a pager shows around page `current` of `last`: the first, the last, and two
 * on each side of the current one; `null` stands for a gap. At most 9 items, whatever `last` is.
 */
export function pagerItems(current: number, last: number): (number | null)[] {
  const shown = new Set([1, last, ...[-2, -1, 0, 1, 2].map((d) => current + d)].filter((n) => n >= 1 && n <= last));
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]));
}
