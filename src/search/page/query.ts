/**
 * A query as people write it, read into what to search: "hvordan modtager man flygtninge" →
 * the content words [modtager, flygtninge]; "venskabsfamilie ordning" in quotes → one phrase.
 *
 * Danish function words and question words ("hvordan", "man", "af", "for", "med", "hvad",
 * "kommuner der" …) are dropped, so they never make a query fail: Pagefind requires every word
 * of a query, and "af" or "man" is not in the page a reader wants. A query of nothing but such
 * words is searched as typed.
 */
import { foldDigraph } from '../fold';

/**
 * Words that carry no subject in a search of this catalogue: function words, question words,
 * auxiliaries, and the words of a question's frame ("kommuner der …", "eksempler på …"). Written
 * as folded (ASCII, digraphs) so "hvornår" and "hvornaar" are one.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // Prepositions, conjunctions, articles, pronouns.
    'af', 'alle', 'alt', 'at', 'da', 'de', 'dem', 'den', 'denne', 'der', 'deres', 'det', 'dette', 'disse', 'dig', 'din', 'dit', 'du',
    'efter', 'eller', 'en', 'end', 'et', 'for', 'fra', 'han', 'hans', 'hende', 'her', 'hos', 'hun', 'i', 'ikke', 'ind', 'jeg', 'jer',
    'man', 'med', 'meget', 'mig', 'min', 'mit', 'mod', 'ned', 'noget', 'nogen', 'nogle', 'naar', 'og', 'om', 'op', 'os', 'over', 'paa',
    'sig', 'sin', 'sit', 'sine', 'som', 'til', 'ud', 'under', 'vi', 'vores', 'hvor', 'hvis', 'samt', 'mellem', 'uden', 'ved',
    // Question words.
    'hvad', 'hvem', 'hvilke', 'hvilken', 'hvilket', 'hvordan', 'hvorfor', 'hvornaar', 'hvorledes',
    // Auxiliaries and modal verbs.
    'er', 'var', 'vaere', 'vaeret', 'bliver', 'blive', 'blev', 'har', 'have', 'havde', 'kan', 'kunne', 'skal', 'skulle', 'vil', 'ville',
    'maa', 'faar', 'faa', 'goer', 'goere', 'gjort', 'findes', 'fandtes', 'bruger', 'bruge', 'arbejder',
    // The frame of a question to this catalogue: "kommuner der …", "eksempler på …", "hvad gør kommunen".
    'kommune', 'kommuner', 'kommunen', 'kommunerne', 'kommunernes', 'kommunens', 'eksempel', 'eksempler', 'mest', 'flest', 'godt', 'gode', 'bedst',
  ],
);

/** A term of a query: a word, or a phrase the reader quoted. */
export interface Term {
  /** The word or the phrase's words as typed (phrase words single-spaced, without quotes). */
  text: string;
  phrase: boolean;
}

export interface ParsedQuery {
  /** The query as typed, single-spaced. */
  typed: string;
  /** The terms to search, in the order typed. */
  terms: Term[];
  /** Words left out as stop words. */
  dropped: string[];
}

/** Quotes a reader may type around a phrase: "…", »…«, “…”, „…“. */
const PHRASE = /"([^"]*)"|»([^«]*)«|“([^”]*)”|„([^“]*)“/g;

/** The letters and digits of a token ("flygtninge?" → "flygtninge"; "m.fl." stays "m.fl"). */
const clean = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** True when a word is a stop word (any spelling of æ/ø/å). */
export const isStopWord = (word: string) => STOP_WORDS.has(foldDigraph(clean(word)));

/** Reads a query into its terms; see the module comment. */
export function parseQuery(raw: string): ParsedQuery {
  const typed = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const found: { at: number; term: Term }[] = [];
  const rest = typed.replace(PHRASE, (all, ...groups: unknown[]) => {
    const inner = (groups.slice(0, 4).find((g) => typeof g === 'string') as string).split(' ').map(clean).filter(Boolean).join(' ');
    const at = groups[4] as number;
    if (inner) found.push({ at, term: { text: inner, phrase: inner.includes(' ') } });
    return ' '.repeat(all.length);
  });
  const words: { at: number; text: string }[] = [];
  for (const m of rest.matchAll(/\S+/g)) {
    const text = clean(m[0]);
    if (text) words.push({ at: m.index, text });
  }
  const content = words.filter((w) => !isStopWord(w.text));
  // Nothing but stop words ("hvad er"): search them as typed.
  const kept = content.length || found.length ? content : words;
  for (const w of kept) found.push({ at: w.at, term: { text: w.text, phrase: false } });
  found.sort((a, b) => a.at - b.at);
  return { typed, terms: found.map((f) => f.term), dropped: kept === words ? [] : words.filter((w) => isStopWord(w.text)).map((w) => w.text) };
}

/**
 * Every word of the terms, phrases' words included: the query that requires all of them. A
 * hyphenated word is searched as its parts ("Hoeje-Taastrup" → "Hoeje Taastrup"): the index has
 * the parts' other spellings, not the whole word's.
 */
export const allWords = (terms: readonly Term[]) => terms.map((t) => termQuery(t)).join(' ');

/** A term as Pagefind gets it: its words, hyphens as spaces. */
export const termQuery = (t: Term) => t.text.replace(/-+/g, ' ').trim();

/** A phrase as a fold of its words, to find it in a page's text. */
export const phraseKey = (text: string) => ` ${foldDigraph(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** True when a page's plain text holds the phrase (whole words, in order, any spelling of æ/ø/å). */
export function hasPhrase(text: string, phrase: string): boolean {
  return phraseKey(text).includes(phraseKey(phrase));
}
