/**
 * Several Pagefind searches of one query merged into one ranked list (pure): the pages that
 * match every term first, in Pagefind's order; then the pages that match most of the terms –
 * more terms first, then the higher sum of Pagefind's scores.
 */

/** The part of a Pagefind result the merge reads. */
export interface Ranked {
  id: string;
  score?: number;
}

/** A merged result: the result and how many of the query's terms it matched. */
export interface Merged<R extends Ranked> {
  result: R;
  terms: number;
}

/**
 * `all`: the results of the search for every term; `perTerm`: one result list per term. A page
 * in `all` keeps its place there; the others follow by terms matched, then summed score.
 */
export function mergeResults<R extends Ranked>(all: readonly R[], perTerm: readonly (readonly R[])[]): Merged<R>[] {
  const n = perTerm.length;
  const seen = new Set(all.map((r) => r.id));
  const out: Merged<R>[] = all.map((result) => ({ result, terms: n }));
  const partial = new Map<string, { result: R; terms: number; score: number; first: number }>();
  perTerm.forEach((list, t) =>
    list.forEach((r, i) => {
      if (seen.has(r.id)) return;
      const p = partial.get(r.id);
      if (p) {
        p.terms++;
        p.score += r.score ?? 0;
      } else partial.set(r.id, { result: r, terms: 1, score: r.score ?? 0, first: t * 1e6 + i });
    }),
  );
  const rest = [...partial.values()].sort((a, b) => b.terms - a.terms || b.score - a.score || a.first - b.first);
  return [...out, ...rest.map(({ result, terms }) => ({ result, terms }))];
}
