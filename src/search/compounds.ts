/**
 * Splitting Danish compounds by dictionary: "integrationsindsatsen" = "integration" + s +
 * "indsatsen", "venskabsfamilier" = "venskab" + s + "familier", "arbejdsmarkedet" = "arbejde"
 * (without its e) + s + "markedet".
 *
 * A split is accepted only where both sides are known words (the catalogue's own words and the
 * lexicon's COMPOUND_PARTS), in any inflected form, and neither side is a function word or a
 * prefix. The head is found by Pagefind anyway (it matches words by their beginning); what the
 * index needs are the tails, so a search for "indsats" finds "integrationsindsats".
 */
import { INFLECTIONS, NOT_PARTS } from './lexicon';

export interface Split {
  /** The first part as a base word: "integration", "arbejde". */
  head: string;
  /** The rest as written, inflection kept: "indsatsen", "markedet". */
  tail: string;
}

/** Tests against the known words: as written (a compound's head) or in any inflected form (its tail). */
export interface Known {
  exact: (word: string) => boolean;
  inflected: (word: string) => boolean;
  /** Short words (under 4 letters) that may still be a head: "job", "bus", "løn". */
  short: (word: string) => boolean;
}

/** Builds the known-word tests from a set of words (lowercase, any form) and the curated parts. */
export function knownWords(words: Iterable<string>, curated: Iterable<string> = []): Known {
  const set = new Set<string>();
  for (const w of words) if (w.length >= 3 && !NOT_PARTS.has(w)) set.add(w);
  const shortOnes = new Set<string>();
  for (const w of curated) {
    set.add(w);
    if (w.length < MIN_HEAD_LONG) shortOnes.add(w);
  }
  const cache = new Map<string, boolean>();
  const exact = (w: string) => !NOT_PARTS.has(w) && set.has(w);
  return {
    exact,
    short: (w) => shortOnes.has(w),
    inflected: (word) => {
      let hit = cache.get(word);
      if (hit === undefined) {
        hit = !NOT_PARTS.has(word) && INFLECTIONS.some((e) => word.endsWith(e) && word.length - e.length >= 3 && exact(word.slice(0, word.length - e.length)));
        cache.set(word, hit);
      }
      return hit;
    },
  };
}

const MIN_HEAD = 3;
/** Heads shorter than this must be curated short parts: "bor" + "gerne", "del" + "tage" are not compounds. */
const MIN_HEAD_LONG = 4;
const MIN_TAIL = 4;
const SHORT_TAILS = new Set(['job', 'liv', 'bus', 'mor', 'far', 'dag', 'ung']);

/**
 * The best split of a word into head and tail, or undefined. Prefers the longest tail that is a
 * known word, so "integrationshandlingsprogram" splits as "integration" + "handlingsprogram"
 * (and that again as "handling" + "program", see compoundTails).
 */
export function splitCompound(word: string, known: Known): Split | undefined {
  const w = word.toLowerCase();
  if (w.length < MIN_HEAD + 3) return undefined;
  for (let i = MIN_HEAD; i <= w.length - 3; i++) {
    const tail = w.slice(i);
    if (tail.length < MIN_TAIL && !SHORT_TAILS.has(tail)) continue;
    if (!known.inflected(tail) && !SHORT_TAILS.has(tail)) continue;
    const head = headOf(w.slice(0, i), known);
    if (head) return { head, tail };
  }
  return undefined;
}

/**
 * The base word of a compound's first part: "integrations" → "integration", "arbejds" → "arbejde";
 * a first part that is a compound itself counts too ("jobstøtte" in "jobstøttementor").
 */
function headOf(part: string, known: Known): string | undefined {
  const candidates = [part];
  // Linking letters: "-s-" (integrationsindsats) and "-e-" (flygtningefamilie); a head that loses
  // its final e before the s ("arbejde" → "arbejds").
  if (part.endsWith('s') || part.endsWith('e')) candidates.push(part.slice(0, -1));
  if (part.endsWith('s')) candidates.push(`${part.slice(0, -1)}e`);
  for (const c of candidates) {
    if (c.length < MIN_HEAD || !known.exact(c)) continue;
    if (c.length >= MIN_HEAD_LONG || known.short(c)) return c;
  }
  for (const c of candidates) if (c.length >= MIN_COMPOUND_HEAD && splitCompound(c, known)) return c;
  return undefined;
}

/** A first part this long may be a compound of its own ("jobstøtte" = "job" + "støtte"). */
const MIN_COMPOUND_HEAD = 7;

/** Every tail of a compound, longest first: "integrationshandlingsprogram" → ["handlingsprogram", "program"]. */
export function compoundTails(word: string, known: Known): string[] {
  const tails: string[] = [];
  let rest = word.toLowerCase();
  for (let depth = 0; depth < 4; depth++) {
    const split = splitCompound(rest, known);
    if (!split) break;
    tails.push(split.tail);
    rest = split.tail;
  }
  return tails;
}

/** Every head of a compound, first part first: "beskæftigelsesindsatsen" → ["beskæftigelse"]. */
export function compoundHeads(word: string, known: Known): string[] {
  const heads: string[] = [];
  let rest = word.toLowerCase();
  for (let depth = 0; depth < 4; depth++) {
    const split = splitCompound(rest, known);
    if (!split) break;
    heads.push(split.head);
    rest = split.tail;
  }
  return heads;
}
