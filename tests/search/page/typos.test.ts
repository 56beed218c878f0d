import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../../src/search/suggest';
import { parseQuery } from '../../../src/search/page/query';
import { correctedQuery, correctTerms } from '../../../src/search/page/typos';

const words = vocabulary([
  ['flygtninge', 40],
  ['flygtning', 12],
  ['integration', 90],
  ['integrationsindsats', 3],
  ['intet', 4],
  ['børn', 30],
  ['boligplacering', 5],
]);

describe('typos', () => {
  it('replaces a word the results did not match by the closest word of the catalogue', () => {
    const q = parseQuery('hvordan modtager man flygninge');
    const c = correctTerms(q.terms, ['flygninge'], words)!;
    expect(c.fixed).toEqual([{ from: 'flygninge', to: 'flygtninge' }]);
    expect(c.terms.map((t) => t.text)).toEqual(['modtager', 'flygtninge']);
    expect(correctedQuery(q.typed, c)).toBe('hvordan modtager man flygtninge');
    expect(correctTerms(parseQuery('intergration').terms, ['intergration'], words)?.fixed).toEqual([{ from: 'intergration', to: 'integration' }]);
    // æ/ø/å-aware: a word typed without them is close to the word with them.
    expect(correctTerms(parseQuery('bolgplacering').terms, ['bolgplacering'], words)?.fixed[0]?.to).toBe('boligplacering');
  });

  it('leaves out a word with nothing close, so its loose matches are never listed', () => {
    const c = correctTerms(parseQuery('xqzvwk flygtninge').terms, ['xqzvwk'], words)!;
    expect(c.dropped).toEqual(['xqzvwk']);
    expect(c.terms.map((t) => t.text)).toEqual(['flygtninge']);
    expect(correctedQuery('xqzvwk flygtninge', c)).toBe('flygtninge');
  });

  it('leaves known words, phrases, short words and numbers alone', () => {
    expect(correctTerms(parseQuery('flygtning').terms, ['flygtning'], words)).toBeUndefined();
    expect(correctTerms(parseQuery('"flygninge hjem"').terms, ['flygninge'], words)).toBeUndefined();
    expect(correctTerms(parseQuery('xq 2016').terms, ['xq', '2016'], words)).toBeUndefined();
    // A hyphenated name whose parts the catalogue knows.
    expect(correctTerms(parseQuery('Flygtninge-Integration').terms, ['Flygtninge-Integration'], words)).toBeUndefined();
  });
});
