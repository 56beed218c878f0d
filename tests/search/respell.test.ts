import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/page/query';
import { combineCorrections, correctedQuery, correctTerms, respellTerms } from '../../src/search/page/typos';
import { hasDigraph, respeller, spellingList } from '../../src/search/respell';
import { vocabulary } from '../../src/search/suggest';

const list = spellingList([
  ['flygtninge', 90],
  ['børn', 30],
  ['børnene', 12],
  ['bornholm', 50],
  ['ældreplejen', 4],
  ['småbørn', 3],
  ['hillerød', 40],
  ['høje', 8],
  ['bøde', 1],
  ['mødregrupper', 2],
]);
const r = respeller(list);

describe('respelling a word typed without æ/ø/å (issue 14)', () => {
  it('keeps only the words with æ/ø/å in the spelling list', () => {
    expect(list.map(([w]) => w)).toEqual(['børn', 'børnene', 'ældreplejen', 'småbørn', 'hillerød', 'høje', 'bøde', 'mødregrupper']);
  });

  it('spells digraphs and bare vowels as the catalogue does', () => {
    expect(r.respell('boern')).toBe('børn');
    expect(r.respell('born')).toBe('børn');
    expect(r.respell('smaaboern')).toBe('småbørn');
    expect(r.respell('moedregrupper')).toBe('mødregrupper');
    // The beginning of a longer word: Pagefind matches the rest.
    expect(r.respell('aeldre')).toBe('ældre');
    expect(r.respell('Hilleroed')).toBe('Hillerød');
    expect(r.respell('Hillerod')).toBe('Hillerød');
    expect(r.respell('Hoeje-Taastrup')).toBe('Høje-Taastrup');
  });

  it('respells before searching only the parts with the digraph of æ or ø', () => {
    expect(['aeldre', 'Hoeje-Taastrup', 'smaaboern'].map(hasDigraph)).toEqual([true, true, true]);
    expect(['Taastrup', 'børn', 'born', 'bolig'].map(hasDigraph)).toEqual([false, false, false, false]);
    const withTaastrup = respeller(spellingList([['høje', 2], ['tåstrupgård', 3]]));
    expect(withTaastrup.respell('Hoeje-Taastrup')).toBe('Høje-Tåstrup');
    // A name keeps its own aa when only the digraphs are respelled.
    expect(withTaastrup.respell('Hoeje-Taastrup', hasDigraph)).toBe('Høje-Taastrup');
  });

  it('takes the spelling of the most occurrences where words disagree', () => {
    // »bo« + »ø«: »bør…« (børn 30, børnene 12) against »bød…« (bøde 1).
    expect(r.respell('boe')).toBe('bø');
    expect(r.respell('bor')).toBe('bør');
  });

  it('leaves words with æ/ø/å, digits, short words and words with no such spelling alone', () => {
    for (const w of ['børn', 'bo', '2016', 'bolig', 'flygtninge', 'xqz', 'boernehave']) expect(r.respell(w)).toBeUndefined();
  });

  it('respells the unspelled terms of a query, then a typo correction follows', () => {
    const q = parseQuery('hvordan hjælper man boern og flygninge');
    const respelled = respellTerms(q.terms, ['boern'], r)!;
    expect(respelled.fixed).toEqual([{ from: 'boern', to: 'børn' }]);
    expect(respelled.terms.map((t) => t.text)).toEqual(['hjælper', 'børn', 'flygninge']);
    const typo = correctTerms(respelled.terms, ['flygninge'], vocabulary([['flygtninge', 90], ['hjælper', 3]]));
    const both = combineCorrections(respelled, typo)!;
    expect(both.terms.map((t) => t.text)).toEqual(['hjælper', 'børn', 'flygtninge']);
    expect(correctedQuery(q.typed, both)).toBe('hvordan hjælper man børn og flygtninge');
    // Phrases are never changed; a word that is not unspelled stays.
    expect(respellTerms(parseQuery('"boern og unge"').terms, ['boern'], r)).toBeUndefined();
    expect(respellTerms(parseQuery('born').terms, [], r)).toBeUndefined();
  });
});
