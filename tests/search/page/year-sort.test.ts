/** src/search/page/year-sort.ts: "Nyeste først" and "Ældste først" from the year filter. */
import { describe, expect, it } from 'vitest';
import { loadYearOf, orderByYear, yearsOfPages } from '../../../src/search/page/year-sort';
import type { Pagefind, Response } from '../../../src/search/page/pagefind';

const r = (id: string) => ({ id });
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('sorting results by year', () => {
  // a: a 2015–2018 programme's entry; b: 2016; c: 2006; d: no year (a theme page); e: 2016.
  const yearOf = yearsOfPages([
    [2006, ['c']],
    [2015, ['a']],
    [2016, ['a', 'b', 'e']],
    [2017, ['a']],
    [2018, ['a']],
  ]);

  it('gives a page the first year of its period', () => {
    expect(yearOf.get('a')).toBe(2015);
    expect(yearOf.get('b')).toBe(2016);
    expect(yearOf.has('d')).toBe(false);
    // The order the years are read in does not matter.
    expect(yearsOfPages([[2018, ['a']], [2015, ['a']]]).get('a')).toBe(2015);
  });

  it('orders newest first and oldest first, pages without a year last either way', () => {
    const results = ['d', 'c', 'e', 'a', 'b'].map(r);
    expect(ids(orderByYear(results, yearOf, 'desc'))).toEqual(['e', 'b', 'a', 'c', 'd']);
    expect(ids(orderByYear(results, yearOf, 'asc'))).toEqual(['c', 'a', 'e', 'b', 'd']);
  });

  it('keeps the order within a year (relevance) and leaves its input alone', () => {
    const results = ['b', 'e'].map(r);
    expect(ids(orderByYear(results, yearOf, 'desc'))).toEqual(['b', 'e']);
    expect(ids(orderByYear(['e', 'b'].map(r), yearOf, 'asc'))).toEqual(['e', 'b']);
    expect(ids(results)).toEqual(['b', 'e']);
  });

  it('orders within a year by address where addresses are given, numbers as numbers', () => {
    const urls = new Map([
      ['m10', '/maal/x-maal-10/'],
      ['m2', '/maal/x-maal-2/'],
      ['m1', '/maal/x-maal-1/'],
      ['i1', '/indsatser/x-indsats-1/'],
    ]);
    const of = yearsOfPages([[2015, ['m10', 'm2', 'm1', 'i1']]]);
    expect(ids(orderByYear(['m10', 'm2', 'm1', 'i1'].map(r), of, 'desc', urls))).toEqual(['i1', 'm1', 'm2', 'm10']);
    expect(ids(orderByYear(['m10', 'm2', 'm1', 'i1'].map(r), of, 'desc'))).toEqual(['m10', 'm2', 'm1', 'i1']);
  });

  it('reads the years from Pagefind with one search without words per year, filtered to it', async () => {
    const asked: unknown[] = [];
    const byYear: Record<string, string[]> = { '2015': ['a'], '2016': ['a', 'b'] };
    const pf: Pick<Pagefind, 'search'> = {
      search: async (q, o) => {
        asked.push([q, o]);
        const y = o?.filters?.aar?.any[0] ?? '';
        return { results: (byYear[y] ?? []).map((id) => ({ id, data: async () => { throw new Error('no data needed'); } })), unfilteredResultCount: 0, filters: {} } satisfies Response;
      },
    };
    const of = await loadYearOf(pf, ['2016', '2015']);
    expect([...of].sort()).toEqual([['a', 2015], ['b', 2016]]);
    expect(asked).toEqual([
      [null, { filters: { aar: { any: ['2016'] } } }],
      [null, { filters: { aar: { any: ['2015'] } } }],
    ]);
  });
});
