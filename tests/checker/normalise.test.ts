/** Quote comparison: normalisation, tolerated slips, excerpts, and what must not match. */
import { describe, expect, test } from 'vitest';
import { parseCitedAs } from '../../src/checker/goals';
import { bestOccurrence, matchQuote, normaliseText, similarity } from '../../src/checker/normalise';

// Hillerød 2015-2018, seed 001 lines 17, 19, 25.
const MAAL_1 =
  'Andelen af 16-19-årige efterkommere der er i gang med en ungdomsuddannelse skal hvert år øges og nærme sig niveauet for 16-19-årige med dansk oprindelse – på længere sigt skal forskellen helt udlignes. I 2013 ligger Hillerød Kommune 1,8 procentpoint under landsgennemsnittet. I 2018 skal Hillerød Kommune bringes op på landsgennemsnittet.';
const MAAL_2 =
  'Andelen af 16-19-årige indvandrere der er i gang med en ungdomsuddannelse skal hvert år øges – og på sigt som minimum være på niveau med landsgennemsnittet. I 2013 er Hillerød Kommune 4,9 % under landsgennemsnittet. Inden udgangen af 2018 skal Hillerød Kommune være på niveau med landsgennemsnittet.';
const MAAL_5 =
  'Andelen af de 16-24-årige indvandrere og efterkommere, der er udenfor arbejdsstyrken og ikke i uddannelse skal hvert år mindskes – og på lang sigt som minimum være på landsgennemsnittet. Andelen på offentlig forsørgelse (uden SU) skal hvert år mindskes og inden udgangen af 2018 som minimum være ligeså lav som landsgennemsnittet.';

describe('normaliseText', () => {
  test('case, dashes, punctuation and white space', () => {
    expect(normaliseText('  Kultur-, idræts- og  fritid – i 2013: 4,9 %!  ')).toBe('kultur idræts og fritid i 2013 4 9');
    expect(normaliseText('a — b – c - d')).toBe(normaliseText('a-b - c — d').replace('ab', 'a b'));
  });
  test('hyphenation at line breaks and in-word hyphens', () => {
    expect(normaliseText('arbejdsmarkeds-\n   kendskab')).toBe('arbejdsmarkedskendskab');
    expect(normaliseText('arbejdsmarkeds-kendskab')).toBe('arbejdsmarkedskendskab');
    expect(normaliseText('livsstilssyg\u00ADdomme')).toBe('livsstilssygdomme');
  });
  test('Unicode NFC: a decomposed å equals a composed one', () => {
    expect(normaliseText('a\u030Arige')).toBe(normaliseText('\u00E5rige'));
  });
});

describe('matchQuote', () => {
  test('the real slips pass', () => {
    const slip = (from: string, to: string, text = MAAL_1) => matchQuote(text.replace(from, to), text);
    expect(slip('– på længere', '- på længere').matches).toBe(true);
    expect(slip('op på landsgennemsnittet.', 'op på landsgennemsnitte.').matches).toBe(true);
    expect(matchQuote('prøvfag ved 9. klasses-prøven lå for efterkommere i 2013', 'prøvafag ved 9. klasses-prøven lå for efterkommere i 2013')).toMatchObject({ matches: true });
    expect(matchQuote(`Mål 2: ${MAAL_2}`, MAAL_2)).toMatchObject({ matches: true, kind: 'exact' });
  });

  test("Mål 2's text does not pass as Mål 5, and is recognised as Mål 2", () => {
    expect(matchQuote(MAAL_2, MAAL_5).matches).toBe(false);
    expect(matchQuote(MAAL_2.replaceAll('–', '-'), MAAL_2).matches).toBe(true);
    // Mål 1 and Mål 2 are the closest pair of the document; they stay far apart.
    expect(matchQuote(MAAL_1, MAAL_2).similarity).toBeLessThan(0.7);
  });

  test('an excerpt of at least 30 characters matches, also with small slips', () => {
    expect(matchQuote('Andelen af 16-19-årige indvandrere der er i gang med en ungdomsuddannelse', MAAL_2)).toMatchObject({ matches: true, kind: 'excerpt' });
    expect(matchQuote('I 2013 er Hillerød Kommune 4,9 % under landsgennemsnitte', MAAL_2)).toMatchObject({ matches: true, kind: 'excerpt' });
    expect(matchQuote('Andelen af 16-19-årige indvandrere … under landsgennemsnittet', MAAL_2)).toMatchObject({ matches: true, kind: 'excerpt' });
  });

  test('too short or out-of-order excerpts do not match', () => {
    expect(matchQuote('under landsgennemsnittet', MAAL_2).matches).toBe(false);
    expect(matchQuote('Inden udgangen af 2018 … Andelen af 16-19-årige indvandrere', MAAL_2).matches).toBe(false);
    // The excerpt names the wrong group: efterkommere (Mål 1) instead of indvandrere (Mål 2).
    expect(matchQuote('Andelen af 16-19-årige efterkommere der er i gang med en ungdomsuddannelse', MAAL_2).matches).toBe(false);
  });
});

describe('distances', () => {
  test('similarity and bestOccurrence', () => {
    expect(similarity('landsgennemsnittet', 'landsgennemsnitte')).toBeCloseTo(1 - 1 / 18);
    expect(bestOccurrence('prøvfag', 'bundne prøvafag ved')).toEqual({ distance: 1, end: 15 });
  });
});

describe('parseCitedAs', () => {
  test.each([
    ['Mål 5', [[5, 5]]],
    ['mål 1-9', [[1, 9]]],
    ['mål 1–6', [[1, 6]]],
    ['(mål 9)', [[9, 9]]],
    ['det langsigtede mål', []],
    ['mål 1-6 og mål 9', [[1, 6], [9, 9]]],
  ])('%s', (text, expected) => expect(parseCitedAs(text)).toEqual(expected));
});
