/**
 * The one edit distance of the project: optimal string alignment (Levenshtein distance where
 * swapping two adjacent letters is one edit, "bolgi" → "bolig"), stopping as soon as the answer
 * is certain to exceed `max`. Used for "did you mean" on misspelt content fields (collections),
 * for tolerating slips in quoted goal texts (checker) and for search suggestions (search; it runs
 * in the browser too, so this module imports nothing).
 *
 * A common prefix and suffix cost nothing and are skipped, and only the cells within `max` of the
 * diagonal are computed (Ukkonen's band), so comparing two long texts with a small tolerance costs
 * O(length × max), not O(length²).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  a = a.slice(start, endA);
  b = b.slice(start, endB);
  if (a.length === 0 || b.length === 0) {
    const d = Math.max(a.length, b.length);
    return d > max ? max + 1 : d;
  }
  const k = Math.min(max, Math.max(a.length, b.length));
  const out = k + 1; // any value above k stands for "too far"
  let prev2 = new Uint32Array(b.length + 1).fill(out);
  let prev = new Uint32Array(b.length + 1).fill(out);
  let cur = new Uint32Array(b.length + 1).fill(out);
  for (let j = 0; j <= Math.min(b.length, k); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(b.length, i + k);
    cur[lo - 1] = lo === 1 && i <= k ? i : out;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1), out);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < b.length) cur[hi + 1] = out;
    // Every cell of the next rows costs at least the smallest of this row (a swap from two rows up costs one more).
    if (rowMin > k) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[b.length]!;
  return d > k ? max + 1 : d;
}
