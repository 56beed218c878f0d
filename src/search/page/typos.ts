/**
 * Typos: a word of the query that the results did not match (Pagefind then matches loosely, on a
 * shorter beginning: "flygninge" finds "m.fl.") and that is no word of the catalogue is replaced
 * by the closest word of the catalogue's own vocabulary (suggest.ts, æ/ø/å-aware), or – when
 * nothing is close – left out, so the page never lists matches of a different word.
 */
import type { Respeller } from '../respell';
import type { Vocabulary } from '../suggest';
import type { Term } from './query';

export interface Correction {
  /** The terms to search instead. */
  terms: Term[];
  /** Words replaced: typed → corrected. */
  fixed: { from: string; to: string }[];
  /** Words left out: no word of the catalogue is close. */
  dropped: string[];
}

/** Words a typo check leaves alone: short ones and those with digits. */
const judged = (w: string) => w.length >= 3 && !/\d/.test(w);

/** A word the catalogue knows; a hyphenated word when it knows each part ("Hoeje-Taastrup"). */
const knows = (words: Vocabulary, w: string) => w.split('-').every((part) => part.length < 3 || words.knows(part));

/**
 * The correction of `terms` given the words the results did not match (`unmatched`), or
 * undefined when every such word is a word of the catalogue. Phrases are never changed.
 */
export function correctTerms(terms: readonly Term[], unmatched: readonly string[], words: Vocabulary): Correction | undefined {
  const fixed: Correction['fixed'] = [];
  const dropped: string[] = [];
  const out: Term[] = [];
  for (const t of terms) {
    if (t.phrase || !unmatched.includes(t.text) || !judged(t.text) || knows(words, t.text)) {
      out.push(t);
      continue;
    }
    const fix = words.closest(t.text);
    if (fix) {
      fixed.push({ from: t.text, to: fix });
      out.push({ text: fix, phrase: false });
    } else dropped.push(t.text);
  }
  return fixed.length || dropped.length ? { terms: out, fixed, dropped } : undefined;
}

/**
 * The respelling of `terms` given the words typed without æ/ø/å that no result has as written
 * (`unspelled`, coverage.ts): "born" → "børn" (respell.ts), or undefined when none is respelled.
 * Phrases are never changed.
 */
export function respellTerms(terms: readonly Term[], unspelled: readonly string[], spelling: Respeller, only?: (part: string) => boolean): Correction | undefined {
  const fixed: Correction['fixed'] = [];
  const out = terms.map((t) => {
    const to = t.phrase || !unspelled.includes(t.text) ? undefined : spelling.respell(t.text, only);
    if (!to) return t;
    fixed.push({ from: t.text, to });
    return { text: to, phrase: false };
  });
  return fixed.length ? { terms: out, fixed, dropped: [] } : undefined;
}

/** A respelling followed by a typo correction of its result, as one correction. */
export function combineCorrections(first: Correction | undefined, then: Correction | undefined): Correction | undefined {
  if (!first || !then) return then ?? first;
  return { terms: then.terms, fixed: [...first.fixed, ...then.fixed], dropped: then.dropped };
}

/** The typed query with the corrections made ("hvordan modtager man flygninge" → "… flygtninge"). */
export function correctedQuery(typed: string, c: Correction): string {
  let out = typed;
  for (const { from, to } of c.fixed) out = out.replace(from, to);
  for (const w of c.dropped) out = out.replace(w, '');
  return out.replace(/\s+/g, ' ').trim();
}
