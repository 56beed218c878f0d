import { describe, expect, it } from 'vitest';
import { matchedWords, unmatchedWords } from '../../../src/search/page/coverage';
import { moreCount, nextPage, PAGE_SIZE } from '../../../src/search/page/pagination';

describe('query coverage', () => {
  it('reads the matched words of a page at its match locations, in ASCII', () => {
    const page = { content: 'Børn ⟦boern born⟧ i dagtilbud, m.fl.', locations: [0, 4] };
    expect(matchedWords([page])).toEqual(['boern', 'dagtilbud']);
  });

  it('a query word no result matched is uncovered (a typo?); short words and numbers are not judged', () => {
    expect(unmatchedWords(['flygninge'], ['mfl'])).toEqual(['flygninge']);
    expect(unmatchedWords(['boligerne', 'flygninge'], ['boligplacering', 'flygtninge'])).toEqual(['flygninge']);
    expect(unmatchedWords(['børn'], ['boernehave'])).toEqual([]);
    expect(unmatchedWords(['af', '2016'], [])).toEqual([]);
    // Each part of a hyphenated word is matched on its own.
    expect(unmatchedWords(['Hoeje-Taastrup'], ['hoeje', 'taastrup'])).toEqual([]);
    expect(unmatchedWords(['Hoeje-Tastrup'], ['hoeje'])).toEqual(['Hoeje-Tastrup']);
  });
});

describe('pagination', () => {
  it('pages ten at a time', () => {
    expect(nextPage(25, 0)).toEqual({ from: 0, to: PAGE_SIZE, left: 15 });
    expect(nextPage(25, 20)).toEqual({ from: 20, to: 25, left: 0 });
    expect(nextPage(0, 0)).toEqual({ from: 0, to: 0, left: 0 });
    expect(moreCount(15)).toBe(PAGE_SIZE);
    expect(moreCount(3)).toBe(3);
  });
});
