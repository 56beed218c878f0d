/**
 * Words typed without æ, ø and å, spelled as the catalogue spells them: "boern" and "born" →
 * "børn", "aeldre" → "ældre", "Hilleroed" → "Hillerød", "smaaboern" → "småbørn".
 *
 * The index holds the catalogue's words as written (keywords.ts adds no ASCII spellings: two more
 * words after every word with æ/ø/å were a quarter of Pagefind's memory at national scale, 1.49 → 1.11 GB). So the
 * browser respells a query word instead, from a list of the catalogue's words that have æ, ø or å
 * (dist/soeg/stavemaader.json, written with the word list by build-index.ts: a few KB, loaded only
 * when a query word typed without those letters found no result that has it as written).
 *
 * A word is respelled as the beginning of catalogue words whose ASCII spelling (digraphs "oe" or
 * bare vowels "o", fold.ts) begins with it, so an inflection or a compound still leads to the stem
 * that Pagefind then matches by its beginning ("aeldre" → "ældre" from "ældreplejen").
 */
import { foldBare, foldDigraph, hasDanishLetter } from './fold';

/** Where the list of words with æ/ø/å is written, relative to the site root. */
export const SPELLING_LIST = 'soeg/stavemaader.json';

/** Words with how often the catalogue has them: [word, count][], most frequent first. */
export type CountedWords = readonly (readonly [string, number])[];

/** The words of a word list that have æ, ø or å: the spelling list. */
export const spellingList = (words: CountedWords): [string, number][] => words.filter(([w]) => /[æøå]/.test(w)).map(([w, n]) => [w, n]);

/**
 * The beginning of `word` whose fold (applied letter by letter) is `typed`, or undefined when the
 * word's fold does not begin with it at a letter's end ("småbørn", "smaab", digraphs → "småb").
 */
function prefixFoldingTo(word: string, typed: string, fold: (letter: string) => string): string | undefined {
  let folded = '';
  let at = 0;
  for (const letter of word) {
    folded += fold(letter);
    at += letter.length;
    if (!typed.startsWith(folded)) return undefined;
    if (folded.length === typed.length) return word.slice(0, at);
  }
  return undefined;
}

/** Capitalised as typed: "Hilleroed" → "Hillerød". */
const likeTyped = (typed: string, word: string) => (typed[0] !== typed[0]!.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word);

export interface Respeller {
  /**
   * The word as the catalogue spells it, or undefined when it has no spelling with æ/ø/å; with
   * `only`, just the parts of a hyphenated word it accepts are respelled.
   */
  respell(word: string, only?: (part: string) => boolean): string | undefined;
}

/** A word with the digraph of æ or ø and none of the letters: "aeldre", "Hoeje" (not "Taastrup", a name's own aa). */
export const hasDigraph = (word: string) => /ae|oe/i.test(word) && !hasDanishLetter(word);

/**
 * Respells from a spelling list. A word with æ/ø/å, a digit or under three letters is left alone;
 * a hyphenated word is respelled part by part ("Hoeje-Taastrup" → "Høje-Taastrup"). Where words
 * disagree ("bor" could begin "børn" or "bøde"), the spelling of the most occurrences wins.
 */
export function respeller(list: CountedWords): Respeller {
  const part = (typed: string): string => {
    const lower = typed.toLowerCase();
    if (lower.length < 3 || hasDanishLetter(lower) || /[^a-z]/.test(lower)) return typed;
    const votes = new Map<string, number>();
    for (const [word, count] of list) {
      for (const fold of [foldDigraph, foldBare]) {
        const spelled = prefixFoldingTo(word, lower, fold);
        if (spelled && hasDanishLetter(spelled)) votes.set(spelled, (votes.get(spelled) ?? 0) + count + 1);
      }
    }
    let best: [string, number] | undefined;
    for (const v of votes) if (!best || v[1] > best[1]) best = v;
    return best ? likeTyped(typed, best[0]) : typed;
  };
  return {
    respell(word, only = () => true) {
      const out = word
        .split('-')
        .map((p) => (only(p) ? part(p) : p))
        .join('-');
      return out === word ? undefined : out;
    },
  };
}
