import { describe, expect, it } from 'vitest';
import { allWords, hasPhrase, isStopWord, parseQuery } from '../../../src/search/page/query';

const words = (q: string) => parseQuery(q).terms.map((t) => (t.phrase ? `"${t.text}"` : t.text));

describe('a query as people write it', () => {
  it('drops Danish stop words and question words', () => {
    expect(words('hvordan modtager man flygtninge')).toEqual(['modtager', 'flygtninge']);
    expect(words('boligplacering af flygtninge')).toEqual(['boligplacering', 'flygtninge']);
    expect(words('Hvad gør kommuner der bruger mentorer?')).toEqual(['mentorer']);
    expect(parseQuery('hvordan modtager man flygtninge').dropped).toEqual(['hvordan', 'man']);
    // Any spelling of æ/ø/å.
    expect(isStopWord('Hvornår')).toBe(true);
    expect(isStopWord('hvornaar')).toBe(true);
    expect(isStopWord('paa')).toBe(true);
  });

  it('searches a query of nothing but stop words as typed', () => {
    expect(words('hvad er')).toEqual(['hvad', 'er']);
    expect(parseQuery('hvad er').dropped).toEqual([]);
  });

  it('keeps quoted phrases, in any Danish quotes, in the order typed', () => {
    expect(words('"venskabsfamilie ordning" hillerød')).toEqual(['"venskabsfamilie ordning"', 'hillerød']);
    expect(words('bolig »egnede boliger«')).toEqual(['bolig', '"egnede boliger"']);
    expect(words('“street art”')).toEqual(['"street art"']);
    // A quoted single word is a word; an empty quote is nothing.
    expect(parseQuery('"bolig" ""').terms).toEqual([{ text: 'bolig', phrase: false }]);
    expect(allWords(parseQuery('"gratis buskort" vejle').terms)).toBe('gratis buskort vejle');
    // A hyphenated word is searched as its parts.
    expect(allWords(parseQuery('Hoeje-Taastrup ældre').terms)).toBe('Hoeje Taastrup ældre');
  });

  it('strips punctuation around words, not inside them', () => {
    expect(words('flygtninge? (bolig), m.fl.')).toEqual(['flygtninge', 'bolig', 'm.fl']);
    expect(parseQuery('  ').terms).toEqual([]);
  });

  it('finds a phrase in a text as whole words in order, in any spelling', () => {
    expect(hasPhrase('Flygtninge skal have et gratis buskort, så de kan', 'gratis buskort')).toBe(true);
    expect(hasPhrase('et buskort gratis', 'gratis buskort')).toBe(false);
    expect(hasPhrase('gratis buskortet', 'gratis buskort')).toBe(false);
    expect(hasPhrase('Børn og unge', 'boern og unge')).toBe(true);
  });
});
