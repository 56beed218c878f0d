/**
 * Search keywords generated at build time from the built pages, for Danish recall:
 *
 * - the other spelling of a word with aa: å ("Taastrup" → "tåstrup"), so a query typed either
 *   way finds it (fold.ts). Not the ASCII spellings of æ/ø/å ("børn" → "boern", "born"): they
 *   were a quarter of Pagefind's memory at national scale (1.49 → 1.11 GB), and the browser
 *   respells such a query instead (respell.ts);
 * - the tails of compounds ("integrationsindsats" → "indsats"; the head is found anyway, Pagefind
 *   matches words by their beginning);
 * - synonyms and abbreviations from content/synonyms.yaml ("flygtninge" → "asylansøger",
 *   "nyankommen" …; "traumatiserede" → "ptsd"), also for the parts of a compound
 *   ("beskæftigelsesindsats" → "job"); tails and synonyms with å for aa too; a synonym
 *   weighs less than the page's own word (SYNONYM_WEIGHT).
 *
 * The keywords are written into the HTML that Pagefind indexes (never into the served pages),
 * right after their word, between ⟦ ⟧ (markers.ts), each mark a word of its own (Pagefind does not
 * split "⟦maaling": written against the marks, the first and last keyword of every group were
 * indexed a second time as a word with the mark, which cost a sixth of Pagefind's memory).
 * A word's own keywords (the tails of a compound, å for aa) follow every occurrence: they are
 * words the page really has, and count as often as it has them (»mentor«: a page that says
 * "jobstøttementor" three times ranked with pages that say "mentor" once, 7th, while only its
 * first occurrence had the tail). A synonym is written only once per part of a page (the text up
 * to the next element with an id that Pagefind indexes, which is how it cuts a page into
 * sub-results): that makes a page findable with the right excerpt, while the words the page
 * really has still rank it.
 */
import { compoundHeads, compoundTails, knownWords, type Known } from './compounds';
import { otherSpellings } from './fold';
import { COMPOUND_PARTS, INFLECTIONS } from './lexicon';
import { BODY, joinSegments, PART, readIndexText, type IndexText } from './indexed-text';
import { CLOSE, OPEN } from './markers';

// ---------------------------------------------------------------------------------------------
// Reading the indexed text of a built page (indexed-text.ts, on the HTML reader src/html/)

const read = (page: string | IndexText): IndexText => (typeof page === 'string' ? readIndexText(page) : page);

/**
 * Hands every text run of a page to `onText` with whether Pagefind indexes it (inside
 * data-pagefind-body, or the whole body when a page has none; not inside data-pagefind-ignore or
 * chrome Pagefind drops). Returns the page with each text run replaced by what `onText` returns.
 */
export function mapText(html: string | IndexText, onText: (text: string, indexed: boolean, context: boolean) => string): string {
  return joinSegments(read(html), (run) => onText(run.text, run.indexed, run.context));
}

const ENTITY = /&#?[a-z0-9]+;/gi;
const WORD = /\p{L}+/gu;

/** The words of a text run (lowercase, letters only; HTML entities skipped). */
export function wordsOf(text: string): string[] {
  return (text.replace(ENTITY, ' ').match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Counts the indexed words of built pages: the vocabulary for compounds and "Mente du …". */
export function countWords(pages: Iterable<string | IndexText>, counts = new Map<string, number>()): Map<string, number> {
  for (const page of pages) {
    for (const s of read(page).segments) {
      if (typeof s === 'object' && s.indexed) for (const w of wordsOf(s.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Keywords of a word

/** Forms of a word to try against a word list: itself minus an ending, and undoubled ("jobbet" → "job"). */
export function baseForms(word: string): string[] {
  const forms: string[] = [];
  for (const e of INFLECTIONS) {
    if (!word.endsWith(e) || word.length - e.length < 2) continue;
    const base = word.slice(0, word.length - e.length);
    forms.push(base);
    if (e && /([bdfgklmnprst])\1$/.test(base)) forms.push(base.slice(0, -1));
  }
  return forms;
}

export interface KeywordGenerator {
  /** The keywords to index after a word (lowercase, without the word itself). */
  keywords(word: string): string[];
  /** Which of a word's keywords come from a synonym group (not the word's own spellings or parts). */
  synonymKeywords(word: string): ReadonlySet<string>;
  known: Known;
}

/**
 * The weight of a synonym keyword in the index, relative to the text it follows (Pagefind's
 * data-pagefind-weight: a word of the page weighs 1, a heading's words 2–7). Chosen with the
 * query set as the judge (npm run bench:search): at 1, pages that say "kontaktperson" ranked with
 * those that say "mentor" for a search for »mentor« (Hillerød's Jobstøttementor 7th); at 0.3 the
 * pages with the word itself come first and synonym-only answers still follow in the first ten
 * (»helbredstjek« → the Halsnæs case 1st). In a heading the synonym weighs 0.3 × the heading's
 * weight, so a synonym of a title word still outranks one in the body (»asylansøgere« keeps the
 * theme page "Modtagelse af flygtninge" in its first ten; at a flat 0.3 it fell out).
 */
export const SYNONYM_WEIGHT = 0.3;

/** Groups of words found by each other: synonyms with their abbreviations (lowercase), see synonyms.ts. */
export type SynonymGroups = readonly (readonly string[])[];

export function createKeywordGenerator(vocabulary: Iterable<string>, synonyms: SynonymGroups = []): KeywordGenerator {
  const known = knownWords(vocabulary, [...COMPOUND_PARTS, ...synonyms.flat()]);
  const group = new Map<string, readonly string[]>();
  for (const g of synonyms) for (const w of g) group.set(w, g);
  const synonymsOf = (word: string): string[] => {
    for (const base of baseForms(word)) {
      const g = group.get(base);
      if (g) return g.filter((w) => w !== base);
    }
    return [];
  };
  const cache = new Map<string, { list: string[]; synonyms: Set<string> }>();

  const compute = (word: string) => {
    const lower = word.toLowerCase();
    const cached = cache.get(lower);
    if (cached) return cached;
    const own = new Set<string>(otherSpellings(lower));
    const viaSynonym = new Set<string>();
    const addForms = (w: string, to: Set<string>) => {
      to.add(w);
      for (const x of otherSpellings(w)) to.add(x);
    };
    const tails = lower.length >= 7 ? compoundTails(lower, known) : [];
    const heads = tails.length ? compoundHeads(lower, known) : [];
    for (const t of tails) addForms(t, own);
    for (const form of [lower, ...tails, ...heads]) for (const s of synonymsOf(form)) addForms(s, viaSynonym);
    own.delete(lower);
    viaSynonym.delete(lower);
    for (const w of own) viaSynonym.delete(w);
    const valid = (w: string) => /^[\p{L}\p{N}]+$/u.test(w);
    const entry = { list: [...own, ...viaSynonym].filter(valid), synonyms: new Set([...viaSynonym].filter(valid)) };
    cache.set(lower, entry);
    return entry;
  };
  return { keywords: (word) => compute(word).list, synonymKeywords: (word) => compute(word).synonyms, known };
}

/** The keywords of each whitespace-separated token, per generator (tokens repeat across pages). */
const tokenCaches = new WeakMap<KeywordGenerator, Map<string, { own: string[]; synonyms: string[] }>>();

/**
 * The page as Pagefind should index it: after every indexed word that has keywords, the keywords
 * between ⟦ ⟧, placed after the whole whitespace-separated token ("børn, ⟦boern born⟧"), the
 * synonyms among them in an element of lower weight (SYNONYM_WEIGHT). Text of a
 * data-search-context element is a keyword group as a whole (with its words' keywords), so
 * results never show it as an excerpt.
 */
export function injectKeywords(html: string | IndexText, generator: KeywordGenerator): string {
  let tokenCache = tokenCaches.get(generator);
  if (!tokenCache) tokenCaches.set(generator, (tokenCache = new Map()));
  const extraOf = (token: string) => {
    let extra = tokenCache.get(token);
    if (!extra) {
      const own = new Set<string>();
      const synonyms = new Set<string>();
      for (const w of wordsOf(token)) {
        const viaSynonym = generator.synonymKeywords(w);
        for (const k of generator.keywords(w)) (viaSynonym.has(k) ? synonyms : own).add(k);
      }
      for (const k of own) synonyms.delete(k);
      tokenCache.set(token, (extra = { own: [...own], synonyms: [...synonyms] }));
    }
    return extra;
  };
  // Synonyms already written in this part of the page (since the last element with an id).
  let seen = new Set<string>();
  const isFresh = (k: string) => !seen.has(k) && !!seen.add(k);
  const fresh = (token: string) => {
    const { own, synonyms } = extraOf(token);
    return { own, synonyms: synonyms.filter(isFresh) };
  };
  /** A token's keywords, synonyms with their lower weight (SYNONYM_WEIGHT of the text's own weight). */
  const group = ({ own, synonyms }: { own: string[]; synonyms: string[] }, weight: number) =>
    [...own, ...(synonyms.length ? [`<span data-pagefind-weight="${Math.round(SYNONYM_WEIGHT * weight * 10) / 10}">${synonyms.join(' ')}</span>`] : [])].join(' ');
  const out: string[] = [];
  for (const s of read(html).segments) {
    if (typeof s === 'string') out.push(s);
    else if (s === PART) seen = new Set();
    else if (s === BODY) continue;
    else if (!s.indexed) out.push(s.text);
    else if (s.context) {
      const tokens = s.text.match(/[^\s]+/g) ?? [];
      out.push(
        tokens.length
          ? ` ${OPEN} ${tokens
              .flatMap((t) => {
                const f = fresh(t);
                return [t, ...f.own, ...f.synonyms];
              })
              .join(' ')} ${CLOSE} `
          : s.text,
      );
    } else {
      out.push(
        s.text.replace(/[^\s]+/g, (token) => {
          const extra = fresh(token);
          return extra.own.length || extra.synonyms.length ? `${token} ${OPEN} ${group(extra, s.weight)} ${CLOSE}` : token;
        }),
      );
    }
  }
  return out.join('');
}
