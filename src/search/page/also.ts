/**
 * "Viser også resultater for »helbredsvurdering«": the words the shown results matched through a
 * synonym or abbreviation of a query word (content/synonyms.yaml), read from the excerpts' marks
 * (a mark carries the keywords it matched through, markers.ts). A match that is only another
 * spelling, inflection or compound of the query word is not a synonym and is not named.
 */
import { foldDigraph, stem } from '../fold';
import type { ExcerptWord } from '../markers';

/** Words named at most. */
const MAX_ALSO = 3;

const fold = (w: string) => foldDigraph(w).replace(/[^\p{L}\p{N}]/gu, '');

/** The other words the results were found by for `queryWords`, as written in the pages (lowercase), at most three. */
export function alsoFoundBy(queryWords: readonly string[], excerpts: readonly (readonly ExcerptWord[])[]): string[] {
  const stems = queryWords.map((w) => stem(fold(w))).filter((s) => s.length >= 2);
  const out: string[] = [];
  for (const words of excerpts) {
    for (const w of words) {
      if (!w.marked || !w.via) continue;
      const word = w.text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const folded = fold(word);
      const through = stems.find((s) => w.via!.some((v) => fold(v).startsWith(s) || s.startsWith(fold(v))));
      if (!through || folded.includes(through) || stems.some((s) => folded.includes(s))) continue;
      if (!out.some((o) => fold(o) === folded || stem(fold(o)) === stem(folded))) out.push(word);
      if (out.length >= MAX_ALSO) return out;
    }
  }
  return out;
}
