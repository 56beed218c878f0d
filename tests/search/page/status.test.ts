import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n';
import { chosenNote, didYouMean, resultCount, statusLine, withoutFiltersLine } from '../../../src/search/page/status';
import { clientStrings, readText } from '../../../src/search/page/strings';

const text = readText(clientStrings(t));

describe('status line', () => {
  it('counts results in Danish', () => {
    expect(resultCount(text, 0)).toBe('Ingen resultater');
    expect(resultCount(text, 1)).toBe('1 resultat');
    expect(resultCount(text, 12)).toBe('12 resultater');
  });

  it('names the query and the filters', () => {
    expect(statusLine(text, { n: 2, query: 'rundbordssamtaler', active: 0 })).toBe('2 resultater for »rundbordssamtaler«.');
    expect(statusLine(text, { n: 1, query: 'rundbordssamtaler', active: 1 })).toBe('1 resultat for »rundbordssamtaler« med 1 filter.');
    expect(statusLine(text, { n: 5, query: '', active: 2 })).toBe('5 resultater med 2 filtre.');
  });

  it('says what the filters leave out, offers a correction and counts chosen filters', () => {
    expect(withoutFiltersLine(text, 1)).toBe('Uden filtrene er der 1 resultat.');
    expect(withoutFiltersLine(text, 4)).toBe('Uden filtrene er der 4 resultater.');
    expect(didYouMean(text, 'flygtninge')).toBe('Mente du »flygtninge«?');
    expect(chosenNote(text, 0)).toBe('');
    expect(chosenNote(text, 2)).toBe('(2 valgt)');
  });
});
