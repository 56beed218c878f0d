import { describe, expect, it } from 'vitest';
import { matchedWords, unmatchedWords, unspelledWords } from '../../../src/search/page/coverage';
import { moreCount, nextPage, PAGE_SIZE } from '../../../src/search/page/pagination';

describe('query coverage', () => {
  it('reads the matched words of a page at its match locations, as written (lowercase)', () => {
    const page = { content: 'Børn ⟦ barn ⟧ i dagtilbud, m.fl.', locations: [0, 5] };
    expect(matchedWords([page])).toEqual(['børn', 'dagtilbud']);
  });

  it('a word typed without æ/ø/å that no result has as written is unspelled (respell it?)', () => {
    // »born« matched only »Bornholm« (Pagefind matches by beginning): the reader may mean »børn«.
    expect(unspelledWords(['born'], ['bornholm'])).toEqual(['born']);
    expect(unspelledWords(['bolig', 'boliger'], ['boligen', 'bolig'])).toEqual([]);
    expect(unspelledWords(['Hilleroed'], ['hillerød'])).toEqual(['Hilleroed']);
    // Words with æ/ø/å, numbers and words under three letters are not judged.
    expect(unspelledWords(['børn', '2016', 'ab'], [])).toEqual([]);
    expect(unspelledWords(['Hoeje-Taastrup'], ['taastrup'])).toEqual(['Hoeje-Taastrup']);
    expect(unspelledWords(['Hoeje-Taastrup'], ['taastrup', 'hoeje'])).toEqual([]);
    // When the search found little, every word typed without æ/ø/å (but not one with them).
    expect(unspelledWords(['Hilleroed', 'børn'], ['hilleroed'], true)).toEqual(['Hilleroed']);
  });

  it('a query word no result matched is uncovered (a typo?); short words and numbers are not judged', () => {
    expect(unmatchedWords(['flygninge'], ['mfl'])).toEqual(['flygninge']);
    expect(unmatchedWords(['boligerne', 'flygninge'], ['boligplacering', 'flygtninge'])).toEqual(['flygninge']);
    expect(unmatchedWords(['børn'], ['børnehave'])).toEqual([]);
    expect(unmatchedWords(['boern'], ['børnehave'])).toEqual([]);
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
