/** The search engine of the page against a fake Pagefind (word → pages), so the plan is tested without a browser. */
import { describe, expect, it } from 'vitest';
import { find, pagefindWords } from '../../../src/search/page/engine';
import type { Pagefind, Response, Result, SearchOptions } from '../../../src/search/page/pagefind';
import { parseQuery } from '../../../src/search/page/query';
import { stemDanish } from '../../../src/search/stem';

/** Pages with their text; a query matches a page holding every word (as Pagefind's AND). */
function fakePagefind(pages: Record<string, string>) {
  const calls: (string | null)[] = [];
  const result = (id: string): Result => ({
    id,
    score: pages[id]!.split(' ').length,
    data: async () => ({ url: `/${id}/`, excerpt: '', content: pages[id]!, locations: [], meta: {}, filters: {}, sub_results: [] }),
  });
  const pf: Pick<Pagefind, 'search'> = {
    search: async (q: string | null, _o?: SearchOptions): Promise<Response> => {
      calls.push(q);
      // Pagefind stems both the index and the query (stem.ts).
      const ws = q === null ? [] : q.split(' ').map(stemDanish);
      const ids = Object.keys(pages).filter((id) => ws.every((w) => pages[id]!.split(/\s+/).map(stemDanish).includes(w)));
      return { results: ids.map(result), unfilteredResultCount: ids.length, filters: {} };
    },
  };
  return { pf, calls };
}

describe('the words Pagefind gets', () => {
  it('are the stems, unless a stem stems further (the search would widen)', () => {
    expect(pagefindWords('indvandrere boligerne')).toBe('indvandr bol');
    // "indsatsen" → "indsats" → "indsat": left as typed.
    expect(stemDanish(stemDanish('indsatsen'))).not.toBe(stemDanish('indsatsen'));
    expect(pagefindWords('indsatsen')).toBe('indsatsen');
    expect(pagefindWords('IGU mentor')).toBe('IGU mentor');
  });
});

describe('the search plan', () => {
  it('one word: one search', async () => {
    const { pf, calls } = fakePagefind({ a: 'bolig', b: 'job' });
    const found = (await find(pf, parseQuery('bolig').terms, {}))!;
    expect(found.results.map((r) => r.id)).toEqual(['a']);
    // Pagefind gets the stem ("bolig" → "bol"): it stems the word anyway (pagefindWords).
    expect(calls).toEqual(['bol']);
  });

  it('several words: all of them first, then pages with most of them', async () => {
    const { pf, calls } = fakePagefind({ all: 'bolig placering flygtninge', two: 'bolig flygtninge', one: 'flygtninge', none: 'job' });
    const found = (await find(pf, parseQuery('bolig af flygtninge placering').terms, {}))!;
    expect(found.results.map((r) => r.id)).toEqual(['all', 'two', 'one']);
    expect(found.strict).toBe(1);
    expect(found.query).toBe('bol flygtning placering');
    expect(calls).toEqual(['bol flygtning placering', 'bol', 'flygtning', 'placering']);
  });

  it('a quoted phrase keeps only pages with its words in that order, and adds no partial matches', async () => {
    const { pf } = fakePagefind({ yes: 'et gratis buskort til', no: 'buskort er gratis', other: 'gratis' });
    const found = (await find(pf, parseQuery('"gratis buskort"').terms, {}))!;
    expect(found.results.map((r) => r.id)).toEqual(['yes']);
    expect(found.strict).toBe(1);
  });

  it('no terms: every page (filters alone)', async () => {
    const { pf, calls } = fakePagefind({ a: 'x', b: 'y' });
    expect((await find(pf, [], {}))!.results.length).toBe(2);
    expect(calls).toEqual([null]);
  });
});
