/**
 * The part of Pagefind's browser API the search page uses (pagefind.js, loaded from /pagefind/ on
 * first use), and the one loader of it.
 */

/** A place on a page where the query matched, with its weight. */
export interface Location {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A part of a page (up to the next element with an id): a goal, initiative or case on a document page. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
  weighted_locations: Location[];
}

/** What Pagefind knows about one found page. */
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (with its keywords), and where in it (word positions) the query matched. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}

/** One found page; its data loads on demand (one fragment file each). */
export interface Result {
  id: string;
  score?: number;
  data: () => Promise<ResultData>;
}

/** Result counts per filter value: { type: { indsats: 12, … }, … }. */
export type Counts = Record<string, Record<string, number>>;

export interface Response {
  results: Result[];
  unfilteredResultCount: number;
  filters: Counts;
}

/** Pagefind's filter argument: { kommune: { any: ['hilleroed'] } }. */
export type Filters = Record<string, { any: string[] }>;

export interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: SearchOptions) => Promise<Response | null>;
  preload: (q: string | null, o?: SearchOptions) => Promise<void>;
  filters: () => Promise<Counts>;
}

/** Pagefind's entry file: the number of pages per language. */
export interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

const PAGEFIND = '/pagefind/pagefind.js';
const ENTRY = '/pagefind/pagefind-entry.json';

/**
 * Up to this many pages every filter's counts load with the first search (a few KB); above it a
 * filter group loads its counts when opened, since each filter index then costs 15–30 KB.
 */
export const EAGER_FILTER_PAGES = 800;

/** True when the index is small enough to load every filter's counts with the first search. */
export function loadsFiltersEagerly(entry: PagefindEntry): boolean {
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) <= EAGER_FILTER_PAGES;
}

/**
 * Pagefind's ranking, chosen with the query set as the judge (tests/search/queries.ts through the
 * real search page; recall@10 and rank limits, MRR printed by npm run bench:search):
 *
 * - metaWeights: Pagefind adds a boost for a query word in a page's meta fields (title 5 by
 *   default, every other field 1). The municipality, document, period and type fields name
 *   what a page belongs to, not what it is about: with their boost every initiative of Hillerød
 *   outranked Hillerød's own page for »Hillerød« (rank 7; the page has no municipality field of
 *   its own). At 0 it is first, and the set's MRR rose from 0.843 to 0.856. The title keeps its
 *   boost (an entry whose title has the word ranks above one that mentions it).
 * - pageLength, termSimilarity, termSaturation, termFrequency: Pagefind's defaults. pageLength
 *   0.5 and termSimilarity 2 moved MRR by less than 0.01 (0.860, 0.862) and fixed no rank limit.
 */
export const RANKING = { metaWeights: { kommune: 0, dokument: 0, periode: 0, type: 0 } } as const;

/** Pagefind, started, and whether its filters were loaded with it. */
export interface LoadedPagefind {
  pf: Pagefind;
  eager: boolean;
}

/** Loads and starts Pagefind (once the page needs it); on a small index also every filter's counts. */
export async function loadPagefind(): Promise<LoadedPagefind> {
  const [pf, entry] = await Promise.all([
    import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>,
    fetch(ENTRY).then((r) => r.json() as Promise<PagefindEntry>),
  ]);
  // The main thread is fast enough for this index, and the worker would be one more download.
  await pf.options({ excerptLength: 30, noWorker: true, ranking: RANKING });
  await pf.init();
  const eager = loadsFiltersEagerly(entry);
  if (eager) await pf.filters();
  return { pf, eager };
}
