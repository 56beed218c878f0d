/**
 * One search of the page, as several Pagefind searches: the query's terms all together, then –
 * when that finds less than a page of results – each term on its own, merged so that what
 * matches every term comes first and what matches most of them follows (merge.ts). A quoted
 * phrase is searched as its words and kept only where the page's text has them in that order
 * (the index holds keywords between a page's words, so Pagefind's own phrase search would miss).
 *
 * Cost: the searches share the index chunks of their words (each word's chunk loads once), so
 * the extra searches add time (a few ms each, warm) but no bytes; a phrase loads the fragments
 * of the pages that have all its words, at most PHRASE_CHECK of them.
 */
import { stripKeywords } from '../markers';
import { stemDanish } from '../stem';
import { mergeResults } from './merge';
import type { Pagefind, Response, Result, SearchOptions } from './pagefind';
import { PAGE_SIZE } from './pagination';
import { allWords, hasPhrase, termQuery, type Term } from './query';

/** Pages checked for a quoted phrase at most (those with all its words, best first). */
export const PHRASE_CHECK = 100;

export interface Found {
  /** The results in the order shown. */
  results: Result[];
  /** How many of them (the first ones) match every term. */
  strict: number;
  /** The search for every term: its filter counts and its count without filters. */
  main: Response;
  /** What Pagefind was asked for `main` (null: every page); undefined when nothing was searched. */
  query: string | null | undefined;
}

/** Runs the searches for `terms` (none: every page, for filters alone); null when Pagefind gives up. */
/**
 * The words of a query as Pagefind gets them: each word that stems to a stem of its own
 * ("indvandrere" → "indvandr"; stem.ts) as that stem. Pagefind stems the words anyway, so the
 * search is the same; but it picks the index chunks to load by the word as given, and a form the
 * index does not hold could make it load chunks of unrelated words (the 90 KB chunk of "i" for
 * "indvandrere" at national scale). A word whose stem stems further ("indsatsen" → "indsats" →
 * "indsat") is left as typed, so the search never widens.
 */
export function pagefindWords(query: string): string {
  return query
    .split(' ')
    .map((w) => {
      const lower = w.toLowerCase();
      const stem = stemDanish(lower);
      return stem !== lower && stem.length > 0 && stemDanish(stem) === stem ? stem : w;
    })
    .join(' ');
}

export async function find(pf: Pick<Pagefind, 'search'>, terms: readonly Term[], options: SearchOptions): Promise<Found | null> {
  const query = terms.length ? pagefindWords(allWords(terms)) : null;
  const main = await pf.search(query, options);
  if (!main) return null;
  const phrases = terms.filter((t) => t.phrase);
  let strict = main.results;
  if (phrases.length) {
    const checked = await Promise.all(
      strict.slice(0, PHRASE_CHECK).map(async (r) => {
        const text = stripKeywords((await r.data()).content);
        return phrases.every((p) => hasPhrase(text, p.text)) ? r : undefined;
      }),
    );
    strict = checked.filter((r): r is Result => r !== undefined);
    return { results: strict, strict: strict.length, main, query };
  }
  if (terms.length < 2 || strict.length >= PAGE_SIZE) return { results: strict, strict: strict.length, main, query };
  const perTerm = await Promise.all(terms.map(async (t) => (await pf.search(pagefindWords(termQuery(t)), options))?.results ?? []));
  return { results: mergeResults(strict, perTerm).map((m) => m.result), strict: strict.length, main, query };
}
