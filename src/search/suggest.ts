/**
 * "Mente du …": when a search finds nothing, the closest words of the catalogue's own vocabulary
 * (dist/soeg/ordliste.json, written by src/search/build-index.ts: [word, count][] by frequency).
 * A word is compared in its ASCII spelling, so "boligplasering" → "boligplacering" and
 * "integrasjon" → "integration".
 */
import { foldBare, foldDigraph, stem } from './fold';
import { editDistance } from '../text/distance';

export type WordList = readonly (readonly [string, number])[];

/** How many edits a word of this length may need to count as a typo. */
const allowed = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

export interface Vocabulary {
  /** True when some word of the catalogue contains the word's stem (as a beginning or a compound part). */
  knows(word: string): boolean;
  /** The closest catalogue word (as written, with æ/ø/å), or undefined. */
  closest(word: string): string | undefined;
}

export function vocabulary(list: WordList): Vocabulary {
  const entries = list.map(([word, count]) => ({ word, count, digraph: foldDigraph(word), bare: foldBare(word) }));
  return {
    knows(word) {
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

/** A corrected query, or undefined when every word is known or nothing close is found. */
export function suggestQuery(query: string, words: Vocabulary): string | undefined {
  let changed = false;
  const out = query
    .trim()
    .split(/\s+/)
    .map((term) => {
      const bare = term.replace(/[^\p{L}\p{N}-]/gu, '');
      if (bare.length < 3 || /\d/.test(bare) || words.knows(bare)) return term;
      const fix = words.closest(bare);
      if (!fix) return term;
      changed = true;
      return fix;
    });
  return changed ? out.join(' ') : undefined;
}
