/**
 * The Danish Snowball stemmer (snowballstem.org/algorithms/danish), the one Pagefind applies to
 * every indexed word and query word: "indvandrere" → "indvandr", "boligerne" → "bolig". Small
 * enough for the search page (the snowball-stemmers package the similar-entries step uses is
 * 860 KB for all languages; tests/search/stem.test.ts holds this one to it word for word).
 *
 * Why the search page needs it: Pagefind picks the index chunks to download by the query word
 * as typed, before stemming it. A typed form the index does not hold ("indvandrere"; the index
 * holds stems) can fall between two chunks, and Pagefind then loads every chunk whose shortened
 * bounds could hold it: for "indvandrere" the chunk of "i" (90 KB at national scale) and of
 * "ind". Searching the stem instead finds one chunk (see engine.ts, `pagefindWords`).
 */

const VOWEL = /[aeiouyæåø]/;
const S_ENDING = /[abcdfghjklmnoprtvyzå]/;
/** Step 1's suffixes, longest first (the longest one within R1 is removed). */
const MAIN_SUFFIXES = (
  'hed ethed ered e erede ende erende ene erne ere en heden eren er heder erer heds es endes erendes enes ernes eres ens hedens erens ers ets erets et eret'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/** Start of the region R1: after the first non-vowel that follows a vowel, at least 3. */
function r1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWEL.test(word[i]!) && VOWEL.test(word[i - 1]!)) return Math.max(i + 1, 3);
  }
  return word.length;
}

/** Removes the last letter of a consonant pair gd, dt, gt, kt ending within R1. */
function consonantPair(word: string, p1: number): string {
  return word.length - 2 >= p1 && /(gd|dt|gt|kt)$/.test(word) ? word.slice(0, -1) : word;
}

/** The stem of a lowercase word. */
export function stemDanish(input: string): string {
  let word = input;
  const p1 = r1(word);
  // Step 1: the longest main suffix within R1; "s" after a valid s-ending.
  const main = MAIN_SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= p1);
  if (main) word = word.slice(0, -main.length);
  else if (word.endsWith('s') && word.length - 1 >= p1 && word.length >= 2 && S_ENDING.test(word[word.length - 2]!)) word = word.slice(0, -1);
  // Step 2.
  word = consonantPair(word, p1);
  // Step 3: "igst" → "ig", then ig, lig, elig, els (and step 2 again), løst → løs.
  if (word.endsWith('igst')) word = word.slice(0, -2);
  const other = ['elig', 'løst', 'lig', 'els', 'ig'].find((s) => word.endsWith(s) && word.length - s.length >= p1);
  if (other === 'løst') word = word.slice(0, -1);
  else if (other) word = consonantPair(word.slice(0, -other.length), p1);
  // Step 4: undouble a final consonant within R1.
  const last = word[word.length - 1];
  if (word.length - 1 >= p1 && last && !VOWEL.test(last) && word[word.length - 2] === last) word = word.slice(0, -1);
  return word;
}
