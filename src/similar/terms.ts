/**
 * Danish text to the terms the similarity of entries is computed from: words in lower case,
 * without stop words (the Danish list of stopwords-iso) and numbers, reduced to their Snowball
 * stem ("flygtningene" → "flygtning", "boligerne" → "bol"). Build time only.
 */
import snowball from 'snowball-stemmers';
import stopwords from 'stopwords-iso';

const stemmer = snowball.newStemmer('danish');
const STOP = new Set<string>((stopwords as Record<string, string[]>).da);
const cache = new Map<string, string>();

/** The stemmed content words of a text, in order, repeated as often as they occur. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize('NFC').toLowerCase().matchAll(/\p{L}[\p{L}\p{M}-]*\p{L}|\p{L}/gu)) {
    const word = match[0];
    if (word.length < 3 || STOP.has(word)) continue;
    let stem = cache.get(word);
    if (stem === undefined) cache.set(word, (stem = stemmer.stem(word)));
    out.push(stem);
  }
  return out;
}
