import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../../src/search/page/merge';

const r = (id: string, score = 1) => ({ id, score });

describe('merging the searches of a multi-word query', () => {
  it('lists the pages with every term first, then those with most terms, then by score', () => {
    const all = [r('ab1'), r('ab2')];
    const perTerm = [
      [r('ab1'), r('ab2'), r('a1', 5), r('ac', 1)],
      [r('ab1'), r('ab2'), r('b1', 9), r('bc', 1)],
      [r('ac', 1), r('bc', 1), r('c1', 2)],
    ];
    const merged = mergeResults(all, perTerm);
    expect(merged.map((m) => m.result.id)).toEqual(['ab1', 'ab2', 'ac', 'bc', 'b1', 'a1', 'c1']);
    expect(merged.map((m) => m.terms)).toEqual([3, 3, 2, 2, 1, 1, 1]);
  });

  it('keeps Pagefind’s order among equals and never repeats a page', () => {
    const merged = mergeResults([], [[r('x', 1), r('y', 1)], [r('y', 0), r('z', 0)]]);
    expect(merged.map((m) => m.result.id)).toEqual(['y', 'x', 'z']);
  });
});
