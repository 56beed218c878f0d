/**
 * Which words of the query the shown results matched. Pagefind matches a word it does not know
 * loosely (by a shorter beginning), so a query word that no shown result matched is a sign of a
 * typo (typos.ts); and a word typed without æ/ø/å that no result has as written may be a word
 * of the catalogue spelled on a keyboard without them ("born": results have "Bornholm", the
 * reader means "børn"; respell.ts).
 */
import { foldDigraph, hasDanishLetter, stem } from '../fold';
import type { ResultData } from './pagefind';

const letters = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, '');

/** The words (and keywords) the query matched on these pages, wherever on the page: lowercase, letters and digits only. */
export function matchedWords(pages: readonly Pick<ResultData, 'content' | 'locations'>[]): string[] {
  const out: string[] = [];
  for (const d of pages) {
    const words = d.content.split(/\s+/);
    for (const at of d.locations) out.push(letters(words[at] ?? '').toLowerCase());
  }
  return out;
}

/** The parts of a query word that are judged: 4+ letters (3+ with `min`), no digits ("Høje-Taastrup" has two). */
const parts = (word: string, min: number) => word.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= min && !/\d/.test(w));

/**
 * The words of the query that the shown results did not match: a word with a part in no word
 * the results matched (compared in ASCII, by stem: "boligerne" is matched by "boligplacering").
 */
export function unmatchedWords(words: readonly string[], matched: Iterable<string>): string[] {
  const hits = [...matched].map(foldDigraph);
  return words.filter((word) =>
    parts(foldDigraph(word), 1)
      .map(stem)
      .some((w) => w.length >= 4 && !hits.some((m) => m.includes(w))),
  );
}

/**
 * The words of the query typed without æ, ø and å that no shown result has as written: a word
 * with a part (3+ letters) that no matched word equals, or equals by stem ("bolig" has "boligen";
 * "born" does not have "bornholm"). With `few` (the search found less than a page), every such
 * word: "Hilleroed" as written is only on the data page, in a file name.
 */
export function unspelledWords(words: readonly string[], matched: Iterable<string>, few = false): string[] {
  const hits = new Set<string>();
  for (const m of matched) hits.add(m).add(stem(m));
  return words.filter((word) => !hasDanishLetter(word) && parts(word.toLowerCase(), 3).some((p) => few || (!hits.has(p) && !hits.has(stem(p)))));
}
