/**
 * "Det gør andre kommuner": for each initiative and case, the entries of OTHER municipalities about
 * the same thing. Candidates share at least one theme with the entry and no municipality; they are
 * ranked by the similarity of their Danish text (TF-IDF over stemmed terms, cosine), then by how
 * many themes and target groups they share, then by id, so the result is deterministic.
 *
 * Cost is bounded, never all pairs: each entry keeps its `termsPerItem` heaviest terms, and each
 * term's list of entries keeps only the `postingsPerTerm` entries where the term weighs most. An
 * entry is compared only with entries reached through its own terms, so the work grows linearly
 * with the number of entries (at most entries × termsPerItem × postingsPerTerm additions).
 */
import { terms } from './terms';

/** An entry that can be matched: its id, who it is about, how it is tagged and its text. */
export interface SimilarItem {
  id: string;
  /** Municipality ids the entry belongs to (a case may name several; none for KL's own). */
  municipalities: readonly string[];
  themes: readonly string[];
  targetGroups: readonly string[];
  /** Title and prose, as one text. */
  text: string;
}

/** One match, with why it was chosen. */
export interface SimilarMatch {
  id: string;
  /** Cosine similarity of the two texts' TF-IDF vectors, 0–1. */
  score: number;
  sharedThemes: string[];
  sharedTargetGroups: string[];
}

export interface SimilarOptions {
  /** Matches per entry (5). */
  max?: number;
  /** Terms kept per entry, the heaviest by TF-IDF (40). */
  termsPerItem?: number;
  /** Entries kept per term, those where the term weighs most (300). */
  postingsPerTerm?: number;
}

const byWeight = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The matches of every item, by id (an item without any has an empty list). */
export function similarEntries(items: readonly SimilarItem[], options: SimilarOptions = {}): Map<string, SimilarMatch[]> {
  const { max = 5, termsPerItem = 40, postingsPerTerm = 300 } = options;
  const n = items.length;

  // Term frequencies, and in how many items each term occurs.
  const counts = items.map((item) => {
    const tf = new Map<string, number>();
    for (const t of terms(item.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);

  // Each item's heaviest terms, weighted (1 + ln tf) · ln(n / df) and normalised to length 1.
  const vectors = counts.map((tf) => {
    const weighted = [...tf].map(([t, f]): [string, number] => [t, (1 + Math.log(f)) * Math.log(n / df.get(t)!)]).filter(([, w]) => w > 0);
    const kept = weighted.sort(byWeight).slice(0, termsPerItem);
    const norm = Math.hypot(...kept.map(([, w]) => w)) || 1;
    return kept.map(([t, w]): [string, number] => [t, w / norm]);
  });

  // Term → the items where it weighs most, as two flat arrays (item index, weight) per term.
  const lists = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [t, w] of v) {
      let list = lists.get(t);
      if (!list) lists.set(t, (list = []));
      list.push([i, w]);
    }
  });
  const postings = new Map<string, { items: Int32Array; weights: Float64Array }>();
  for (const [t, list] of lists) {
    list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = list.slice(0, postingsPerTerm);
    postings.set(t, { items: Int32Array.from(kept, ([j]) => j), weights: Float64Array.from(kept, ([, w]) => w) });
  }

  // Themes as bit sets and municipalities as small integers, so the test of a candidate allocates nothing.
  const themeIndex = new Map<string, number>();
  const themeSets = items.map((item) => Uint16Array.from(item.themes, (t) => themeIndex.get(t) ?? (themeIndex.set(t, themeIndex.size), themeIndex.size - 1)));
  const marks = new Uint8Array(Math.max(1, ...themeSets.map((ts) => Math.max(0, ...ts) + 1)));
  /** How many themes item j shares with the item whose themes are marked. */
  const sharedThemeCount = (j: number) => themeSets[j]!.reduce((n, t) => n + marks[t]!, 0);
  const municipalityId = new Map<string, number>();
  const municipalityIds = items.map((item) => item.municipalities.map((m) => municipalityId.get(m) ?? (municipalityId.set(m, municipalityId.size), municipalityId.size - 1)));
  const shares = (a: readonly number[], b: readonly number[]) => a.some((x) => b.includes(x));

  /** Is candidate a better match than b (score, then shared themes, then shared target groups, then id)? */
  const better = (a: Candidate, b: Candidate) =>
    a.score !== b.score ? a.score > b.score : a.themes !== b.themes ? a.themes > b.themes : a.groups !== b.groups ? a.groups > b.groups : items[a.j]!.id < items[b.j]!.id;
  interface Candidate {
    j: number;
    score: number;
    themes: number;
    groups: number;
  }

  const result = new Map<string, SimilarMatch[]>();
  const dot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const touched: number[] = [];
    for (const [t, w] of vectors[i]!) {
      const { items: js, weights } = postings.get(t)!;
      for (let k = 0; k < js.length; k++) {
        const j = js[k]!;
        if (dot[j] === 0) touched.push(j);
        dot[j]! += w * weights[k]!;
      }
    }
    for (const t of themeSets[i]!) marks[t] = 1;
    // The best `max` candidates, kept sorted best first (max is small: insertion is cheapest).
    const best: Candidate[] = [];
    for (const j of touched) {
      const score = dot[j]!;
      dot[j] = 0;
      if (j === i) continue;
      const worst = best.length === max ? best[max - 1]! : undefined;
      if (worst && score < worst.score) continue;
      const sharedThemes = sharedThemeCount(j);
      if (sharedThemes === 0 || shares(municipalityIds[i]!, municipalityIds[j]!)) continue;
      const candidate: Candidate = { j, score, themes: sharedThemes, groups: item.targetGroups.filter((x) => items[j]!.targetGroups.includes(x)).length };
      if (worst && !better(candidate, worst)) continue;
      let at = best.length === max ? max - 1 : best.length;
      while (at > 0 && better(candidate, best[at - 1]!)) at--;
      best.splice(at, 0, candidate);
      if (best.length > max) best.pop();
    }
    for (const t of themeSets[i]!) marks[t] = 0;
    result.set(
      item.id,
      best.map(({ j, score }) => ({
        id: items[j]!.id,
        score,
        sharedThemes: item.themes.filter((x) => items[j]!.themes.includes(x)),
        sharedTargetGroups: item.targetGroups.filter((x) => items[j]!.targetGroups.includes(x)),
      })),
    );
  }
  return result;
}
