/**
 * "Mente du …": when a search finds nothing, the closest words of the catalogue's own vocabulary
 * (dist/soeg/ordliste.json, written by src/search/build-index.ts: [word, count][] by frequency).
 * A word is compared in its ASCII spelling, so "boligplasering" → "boligplacering" and
 * "integrasjon" → "integration".
 */
import { foldBare, foldDigraph, stem } from './fold';

export type WordList = readonly (readonly [string, number])[];

/** Optimal string alignment distance (Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

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
