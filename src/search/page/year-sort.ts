/**
 * "Nyeste først" and "Ældste først", sorted in the browser from the year filter (`aar`) instead
 * of Pagefind sort keys. Pagefind stores every sort key as an order of all pages in the page table
 * that every first query loads: at national scale each key cost 16.7 KB gzip of it, for every
 * reader (BENCHMARKS.md, "Search at national scale"). The year filter's index loads only when a
 * reader sorts.
 *
 * An entry's year is the first year of its period: its `aar` values run over the period (2015 …
 * 2018 for a 2015-2018 programme), and a dated case or document has one. Pages without a year
 * (themes, municipalities, the site's own pages) come last either way. Within a year the results
 * keep the order they came in (relevance), or follow their addresses where given (`urls`: a
 * browse without words has no relevance, and /maal/…-maal-2/ then comes before …-maal-10/); the
 * year filter says nothing finer, and Pagefind's own sort keys would have cost every reader.
 */
import type { Pagefind } from './pagefind';

export type Direction = 'asc' | 'desc';

/** The year of each page id: the earliest year whose filter value lists it. */
export type YearOf = ReadonlyMap<string, number>;

/** Each page's year from the page lists of each year (pure). */
export function yearsOfPages(lists: ReadonlyArray<readonly [year: number, ids: readonly string[]]>): YearOf {
  const out = new Map<string, number>();
  for (const [year, ids] of lists) {
    for (const id of ids) {
      const had = out.get(id);
      if (had === undefined || year < had) out.set(id, year);
    }
  }
  return out;
}

/**
 * `results` ordered by year, newest (`desc`) or oldest (`asc`) first, pages without a year last;
 * stable, so within a year they keep their order (pure).
 */
export function orderByYear<R extends { id: string }>(results: readonly R[], yearOf: YearOf, direction: Direction, urls?: ReadonlyMap<string, string>): R[] {
  const key = (r: R) => {
    const y = yearOf.get(r.id);
    if (y === undefined) return Infinity;
    return direction === 'desc' ? -y : y;
  };
  const byUrl = (a: R, b: R) => (urls ? BY_ADDRESS.compare(urls.get(a.id) ?? '', urls.get(b.id) ?? '') : 0);
  return results
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => a.k - b.k || byUrl(a.r, b.r) || a.i - b.i)
    .map((x) => x.r);
}

/** Addresses in reading order: numbers as numbers (…-maal-2/ before …-maal-10/). */
const BY_ADDRESS = new Intl.Collator('da', { numeric: true });

/**
 * Reads each page's year from Pagefind: one search without words per year, filtered to that
 * year (the page ids only; no page's data loads). `years` are the year filter's values as the
 * page lists them.
 */
export async function loadYearOf(pf: Pick<Pagefind, 'search'>, years: readonly string[]): Promise<YearOf> {
  const lists = await Promise.all(
    years.map(async (y) => {
      const found = await pf.search(null, { filters: { aar: { any: [y] } } });
      return [Number(y), found?.results.map((r) => r.id) ?? []] as const;
    }),
  );
  return yearsOfPages(lists);
}
