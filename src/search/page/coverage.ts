/**
 * Which words of the query the shown results matched. Pagefind matches a word it does not know
 * loosely (by a shorter beginning), so a query word that no shown result matched is a sign of a
 * typo (typos.ts).
 */
import { foldDigraph, stem } from '../fold';
import type { ResultData } from './pagefind';

const letters = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, '');

/** The words (and keywords) the query matched on these pages, wherever on the page, in ASCII. */
export function matchedWords(pages: readonly Pick<ResultData, 'content' | 'locations'>[]): string[] {
  const out: string[] = [];
  for (const d of pages) {
    const words = d.content.split(/\s+/);
    for (const at of d.locations) out.push(foldDigraph(letters(words[at] ?? '')));
  }
  return out;
}

/**
 * The words of the query that the shown results did not match: a word with a part (4+ letters,
 * no digits; "Høje-Taastrup" has two) in no word the results matched.
 */
export function unmatchedWords(words: readonly string[], matched: Iterable<string>): string[] {
  const hits = [...matched];
  return words.filter((word) =>
    foldDigraph(word)
      .split(/[^\p{L}\p{N}]+/u)
      .map(stem)
      .some((w) => w.length >= 4 && !/\d/.test(w) && !hits.some((m) => m.includes(w))),
  );
}
