/**
 * "Mente du …": when a search finds nothing, the closest words of the catalogue's own vocabulary
 * (dist/soeg/ordliste.json, written by src/search/build-index.ts: [word, count][] by frequency).
 * A word is compared in its ASCII spelling, so "boligplasering" → "boligplacering" and
 * "integrasjon" → "integration".
 */
import { foldBare, foldDigraph, hasDanishLetter, stem } from './fold';
import { editDistance } from '../text/distance';

export type WordList = readonly (readonly [string, number])[];

/** How many edits a word of this length may need to count as a typo. */
const allowed = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

export interface Vocabulary {
  /**
   * True when some word of the catalogue contains the word's stem (as a beginning or a compound
   * part): a word typed with æ/ø/å in any spelling of them, one typed without them as written
   * (the index has no ASCII spellings: "boern" is not known, it is respelled or corrected).
   */
  knows(word: string): boolean;
  /** The closest catalogue word (as written, with æ/ø/å), or undefined. */
  closest(word: string): string | undefined;
}

export function vocabulary(list: WordList): Vocabulary {
  const entries = list.map(([word, count]) => ({ word, count, digraph: foldDigraph(word), bare: foldBare(word) }));
  return {
    knows(word) {
      if (!hasDanishLetter(word)) {
        const w = stem(word.toLowerCase());
        return entries.some((e) => e.word.includes(w));
      }
      const w = stem(foldDigraph(word));
      return entries.some((e) => e.digraph.includes(w) || e.bare.includes(w));
    },
    closest(word) {
      const w = foldDigraph(word);
      const max = allowed(w.length);
      let best: { word: string; d: number; count: number } | undefined;
      for (const e of entries) {
        const d = Math.min(editDistance(w, e.digraph, max), editDistance(w, e.bare, max));
        if (d > max) continue;
        if (!best || d < best.d || (d === best.d && e.count > best.count)) best = { word: e.word, d, count: e.count };
      }
      return best?.word;
    },
  };
}
