import { describe, expect, it } from 'vitest';
import { chosenFilters, readState, stateSearch } from '../../../src/search/page/url-state';

const OPTIONS = [
  { name: 'type', value: 'indsats' },
  { name: 'type', value: 'dokument' },
  { name: 'kommune', value: 'hilleroed' },
  { name: 'kommune', value: 'kerteminde' },
];

describe('search state ↔ URL', () => {
  it('reads query, sort and the filters the page offers', () => {
    expect(readState('?q=bolig&kommune=hilleroed&type=dokument&sort=nyeste', OPTIONS)).toEqual({
      q: 'bolig',
      sort: 'nyeste',
      filters: { type: ['dokument'], kommune: ['hilleroed'] },
    });
  });

  it('ignores an unknown sort, an unknown filter value and an unknown parameter', () => {
    expect(readState('?q=x&sort=bedst&kommune=atlantis&foo=1', OPTIONS)).toEqual({ q: 'x', sort: '', filters: {} });
    // Not an own key of the sort table either.
    expect(readState('?sort=constructor', OPTIONS).sort).toBe('');
    expect(readState('', OPTIONS)).toEqual({ q: '', sort: '', filters: {} });
  });

  it('writes the trimmed query, the filters in the checkboxes’ order, then the sort', () => {
    expect(stateSearch({ q: '  job hillerød ', sort: 'aeldste', filters: { type: ['indsats', 'dokument'], kommune: ['hilleroed'] } })).toBe(
      '?q=job+hiller%C3%B8d&type=indsats&type=dokument&kommune=hilleroed&sort=aeldste',
    );
    expect(stateSearch({ q: '   ', sort: '', filters: {} })).toBe('');
  });

  it('round-trips: what is written reads back the same', () => {
    const state = { q: 'bolig', sort: 'nyeste', filters: { type: ['indsats'], kommune: ['hilleroed', 'kerteminde'] } };
    expect(readState(stateSearch(state), OPTIONS)).toEqual(state);
  });

  it('carries "search as typed" (no typo correction) with a query only', () => {
    expect(readState('?q=flygninge&ordret=1', OPTIONS)).toEqual({ q: 'flygninge', asTyped: true, sort: '', filters: {} });
    expect(readState('?ordret=1', OPTIONS).asTyped).toBeUndefined();
    expect(stateSearch({ q: 'flygninge', asTyped: true, sort: '', filters: {} })).toBe('?q=flygninge&ordret=1');
    expect(stateSearch({ q: '', asTyped: true, sort: '', filters: {} })).toBe('');
  });

  it('groups the checked boxes by filter', () => {
    const boxes = OPTIONS.map((o, i) => ({ ...o, checked: i !== 1 }));
    expect(chosenFilters(boxes)).toEqual({ type: ['indsats'], kommune: ['hilleroed', 'kerteminde'] });
  });
});
