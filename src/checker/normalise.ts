/**
 * Comparing the text a source quotes with a goal reference against the goal's own text.
 *
 * Both sides are normalised first (normaliseText): Unicode NFC, lower case, every dash variant,
 * soft hyphens, hyphenation at line breaks ("arbejdsmarkeds-\nkendskab", and the in-word hyphen a
 * PDF extraction leaves: "arbejdsmarkeds-kendskab" = "arbejdsmarkedskendskab"), punctuation and
 * white space. A leading label ("Mål 5: …") is dropped, since the label is what the reference
 * itself records (`citedAs`).
 *
 * Then small spelling slips are tolerated: the quote matches when the edit (Levenshtein) distance
 * of the normalised strings is at most 10 % of the longer one (similarity ≥ 0.9). Real examples that
 * must match: "landsgennemsnitte" for "landsgennemsnittet", "prøvfag" for "prøvafag", "samme som
 * niveau som" for "samme niveau som", "-" for "–". Different goals of one document stay far below
 * (the closest pair in Hillerød 2015-2018, Mål 1 and Mål 2, is at 0.60).
 *
 * Partial quotes: a quote also matches when it is an excerpt of the goal text (a prefix or any
 * contiguous part, with the same 10 % tolerance) of at least MIN_EXCERPT normalised characters, or
 * fragments separated by an ellipsis ("…", "...", "[…]") that occur in the goal text in that order.
 * Sources often quote only the first sentence of a long goal; a shorter excerpt could fit several
 * goals and is not accepted as identifying one.
 */
import { editDistance } from '../text/distance';

/** Similarity (1 − distance / longer length) at or above which two texts are taken to be the same. */
export const MIN_SIMILARITY = 0.9;
/** Shortest excerpt (normalised characters, all fragments together) accepted as a partial quote. */
export const MIN_EXCERPT = 30;

const DASHES = '\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';
const LINE_BREAK_HYPHEN = new RegExp(`(?<=\\p{L})[${DASHES}][ \\t]*\\r?\\n\\s*(?=\\p{L})`, 'gu');
const IN_WORD_HYPHEN = new RegExp(`(?<=\\p{L})[${DASHES}](?=\\p{L})`, 'gu');
const LEADING_LABEL = /^\s*(?:mål|maal|målsætning|delmål)\s*\d+[a-z]?\s*[:.)]\s*/iu;
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*/u;

/** The comparable form of a text: see the module comment. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00AD/g, '') // soft hyphen
    .replace(LINE_BREAK_HYPHEN, '')
    .replace(IN_WORD_HYPHEN, '')
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Drop a leading "Mål 5:" label from a quote or goal text. */
export function stripLabel(text: string): string {
  return text.replace(LEADING_LABEL, '');
}

/** Similarity of two normalised texts: 1 − distance / longer length (1 = equal). */
export function similarity(a: string, b: string, atLeast = 0): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const max = Math.floor((1 - atLeast) * longer);
  const d = editDistance(a, b, max);
  return d > max ? Math.min(atLeast, 1 - d / longer) : 1 - d / longer;
}

/**
 * Best approximate occurrence of `needle` in `haystack` at or after `from` (Sellers' algorithm):
 * the smallest edit distance of needle to any substring, and where that substring ends.
 */
export function bestOccurrence(needle: string, haystack: string, from = 0): { distance: number; end: number } {
  const text = haystack.slice(from);
  const m = needle.length;
  if (m === 0) return { distance: 0, end: from };
  const exact = text.indexOf(needle);
  if (exact >= 0) return { distance: 0, end: from + exact + m };
  // column by column: col[i] = distance of needle[0..i) to the best substring ending here
  let col = new Uint32Array(m + 1);
  let next = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  let best = m;
  let bestEnd = 0;
  for (let j = 1; j <= text.length; j++) {
    next[0] = 0;
    const cj = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      next[i] = Math.min(col[i]! + 1, next[i - 1]! + 1, col[i - 1]! + (needle.charCodeAt(i - 1) === cj ? 0 : 1));
    }
    if (next[m]! < best) {
      best = next[m]!;
      bestEnd = j;
    }
    [col, next] = [next, col];
  }
  return { distance: best, end: from + bestEnd };
}

/** Goal texts are compared with many quotes: normalise each once. */
const goalCache = new Map<string, string>();
function normalisedGoal(text: string): string {
  let g = goalCache.get(text);
  if (g === undefined) {
    if (goalCache.size > 50_000) goalCache.clear();
    g = normaliseText(stripLabel(text));
    goalCache.set(text, g);
  }
  return g;
}

export type QuoteMatch =
  | { matches: true; kind: 'exact' | 'fuzzy' | 'excerpt'; similarity: number }
  | { matches: false; similarity: number };

/** Does `quote` (verbatim from the source) quote `goalText`? See the module comment for the rules. */
export function matchQuote(quote: string, goalText: string): QuoteMatch {
  const q = normaliseText(stripLabel(quote));
  const g = normalisedGoal(goalText);
  if (q === g) return { matches: true, kind: 'exact', similarity: 1 };

  const whole = similarity(q, g, MIN_SIMILARITY);
  if (whole >= MIN_SIMILARITY) return { matches: true, kind: 'fuzzy', similarity: whole };

  // An excerpt: one or more fragments (split at "…") found in order in the goal text.
  const fragments = stripLabel(quote)
    .split(ELLIPSIS)
    .map(normaliseText)
    .filter((f) => f.length > 0);
  const total = fragments.reduce((n, f) => n + f.length, 0);
  if (total >= MIN_EXCERPT && total < g.length) {
    let from = 0;
    let distance = 0;
    for (const fragment of fragments) {
      const found = bestOccurrence(fragment, g, from);
      distance += found.distance;
      from = found.end;
    }
    const excerpt = 1 - distance / total;
    if (excerpt >= MIN_SIMILARITY) return { matches: true, kind: 'excerpt', similarity: excerpt };
  }
  return { matches: false, similarity: Math.max(0, similarity(q, g)) };
}
