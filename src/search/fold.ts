/**
 * Spelling folds for Danish search, shared by the build (keywords in the index) and the browser
 * (highlighting, "Mente du …").
 *
 * People type æ, ø and å three ways: as the letters, as the old digraphs (ae, oe, aa – "Hilleroed",
 * "boern") or as the bare vowel on a foreign keyboard ("born", "Hillerod"); and place names keep
 * the old aa ("Taastrup") where a reader may write å. The index holds every word as written and
 * every word with aa also with å (keywords.ts); a query word typed without æ/ø/å is respelled in
 * the browser from the catalogue's own words (respell.ts), so all spellings meet.
 */

/** Lowercase ASCII with the digraphs: "Børnehaver" → "boernehaver", "Å" → "aa", "é" → "e". */
export function foldDigraph(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Lowercase ASCII with bare vowels, as typed on a foreign keyboard: "Børn" → "born", "Ældre" → "aldre". */
export function foldBare(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'a')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** True when a word has a letter that is spelled differently in ASCII. */
export const hasDanishLetter = (word: string) => /[æøåÆØÅ]|[^\u0000-\u007f]/.test(word);

const ENDINGS = ['erne', 'ene', 'er', 'en', 'et', 'e', 's', 'r'];

/** A rough stem for comparing words by their beginning: "boligerne" → "bolig" (at least four letters stay). */
export function stem(word: string): string {
  for (const e of ENDINGS) if (word.endsWith(e) && word.length - e.length >= 4) return word.slice(0, -e.length);
  return word;
}

/**
 * The other spelling the index holds for a word: å for aa ("taastrup" → "tåstrup"; place names
 * keep the old aa where a reader may write å). Not the ASCII spellings: a query typed without
 * æ/ø/å is respelled in the browser instead (respell.ts).
 */
export function otherSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  return lower.includes('aa') ? [lower.replace(/aa/g, 'å')] : [];
}

/** A query as Pagefind gets it: as typed, in one Unicode form, single-spaced. */
export function normaliseQuery(query: string): string {
  return query.normalize('NFC').replace(/\s+/g, ' ').trim();
}
