/**
 * A share of the built pages the search step prepares (build-index.ts), read by one process. The
 * step hands out runs of pages (pageRuns) to the shards as they get through them
 * (prepare-workers.ts), so that each core reads, parses and writes its own share; the vocabulary is
 * counted per shard in pass 1 and merged by the caller (mergeCounts) into exactly what one pass
 * over all pages counts, because pass 2's keywords need all of it.
 *
 * Pass 1 (read): parses each page once and keeps the indexed ones as their encodeIndexText string
 * (UTF-8, about the slimmed size: 120 MB for the 7,285 pages of the generated national corpus, split
 * over the shards), so pass 2 needs neither a second parse nor a second read. A page holding one of
 * the encoding's marks is read again instead.
 * Pass 2 (write): every indexed page with its defaults (withDefaults) and keywords, into the scratch
 * folder, synchronously (awaiting each small write left the process idle for 40 % of the step).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuiltFile } from '../html/built';
import { BODY, decodeIndexText, encodeIndexText, readIndexText, type IndexText } from './indexed-text';
import { countWords, createKeywordGenerator, injectKeywords, type SynonymGroups } from './keywords';

/**
 * The default a page without its own search record gets (see build-index.ts), written right
 * after the start tag of its data-pagefind-body element. A page with a sort key is refused: Pagefind
 * keeps every sort key as an order of all pages in the page table each first query loads (16.7 KB
 * gzip a key at national scale); the search page sorts by year in the browser instead.
 */
function withDefaults(page: IndexText, url: string): { page: IndexText; added: boolean } {
  if (page.sortKeys.size > 0) {
    throw new Error(`${url}: data-pagefind-sort="${[...page.sortKeys].join(', ')}" – every sort key costs each first search; the search page sorts by year from the year filter (src/search/page/year-sort.ts)`);
  }
  if (page.hasType) return { page, added: false };
  const extra = '<data data-pagefind-filter="type[value]" value="side"></data><data data-pagefind-meta="type[value]" value="Side"></data>';
  const at = page.segments.indexOf(BODY);
  const segments = [...page.segments.slice(0, at + 1), `<div hidden>${extra}</div>`, ...page.segments.slice(at + 1)];
  return { page: { ...page, segments }, added: true };
}

/** A page of a shard: a built page with its place among all the site's pages (address order). */
export interface ShardFile extends BuiltFile {
  at: number;
}

/** What pass 1 of a shard found. */
export interface ShardCounts {
  /** How often each indexed word occurs on the shard's pages, in order of first occurrence. */
  counts: Map<string, number>;
  /**
   * Where the words of `counts` were first met: [at, size] for each page that added words, `at`
   * the page's place among all pages and `size` the number of words in `counts` after it.
   */
  firsts: [at: number, size: number][];
  /** The places of the shard's pages that are indexed (have data-pagefind-body), in order. */
  indexed: number[];
}

/** An error of one page of a shard, with the page's place among all pages (`at`). */
export type PageError = Error & { at?: number };

/** Runs `work`, marking an error it throws with the place of the page it was working on. */
function onPage<T>(at: number, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof Error) (error as PageError).at ??= at;
    throw error;
  }
}

/** The pages of one shard, kept between the two passes. */
export class PageShard {
  private indexed: (ShardFile & { kept: Buffer | undefined })[] = [];
  private counts = new Map<string, number>();
  private firsts: [number, number][] = [];

  /**
   * Pass 1 over some of the shard's pages (later in address order than those read before): reads
   * and parses them one at a time, keeps the indexed ones and counts their words. Returns what
   * pass 1 found so far.
   */
  read(files: readonly ShardFile[]): ShardCounts {
    const { counts, firsts } = this;
    for (const file of files) {
      onPage(file.at, () => {
        const page = readIndexText(readFileSync(file.file, 'utf8'), true);
        if (!page.hasBody) return;
        const before = counts.size;
        countWords([page], counts);
        if (counts.size > before) firsts.push([file.at, counts.size]);
        const encoded = encodeIndexText(page);
        this.indexed.push({ ...file, kept: encoded === undefined ? undefined : Buffer.from(encoded) });
      });
    }
    return this.counted();
  }

  /** What pass 1 found so far. */
  counted(): ShardCounts {
    return { counts: this.counts, firsts: this.firsts, indexed: this.indexed.map((p) => p.at) };
  }

  /**
   * Pass 2: writes the kept pages with their defaults and keywords (from the whole site's
   * `vocabulary`) into `scratch`, mirroring the site. Returns the places (`at`) of the pages that
   * got the default search record, in order. Throws on a page with a sort key (withDefaults).
   */
  write(vocabulary: Iterable<string>, synonyms: SynonymGroups, scratch: string): number[] {
    const generator = createKeywordGenerator(vocabulary, synonyms);
    const defaulted: number[] = [];
    const folders = new Set<string>();
    for (const entry of this.indexed) {
      onPage(entry.at, () => {
        const read = entry.kept ? decodeIndexText(entry.kept.toString()) : readIndexText(readFileSync(entry.file, 'utf8'), true);
        entry.kept = undefined;
        const { page, added } = withDefaults(read, entry.url);
        if (added) defaulted.push(entry.at);
        const target = scratchFile(scratch, entry.url);
        const folder = dirname(target);
        if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
        folders.add(folder);
        writeFileSync(target, injectKeywords(page, generator));
      });
    }
    this.indexed = [];
    return defaulted;
  }
}

/** Where the page at `url` goes in the scratch folder. */
const scratchFile = (scratch: string, url: string) => join(scratch, ...url.split('/').filter(Boolean), 'index.html');

/**
 * Makes the folders and (empty) files of the pages at `urls` in `scratch`, in that order: what
 * Pagefind indexes depends on the order of the entries in each folder (it numbers the pages in the
 * order it finds them; the same pages written in another order gave another index), so when several
 * processes write the pages, the entries are made here first, in the order one process makes them.
 */
export function placePages(scratch: string, urls: readonly string[]): void {
  const folders = new Set<string>();
  for (const url of urls) {
    const target = scratchFile(scratch, url);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, '');
  }
}

/** The pages in address order, numbered, in runs of `size` (the work a shard is given at a time). */
export function pageRuns(files: readonly BuiltFile[], size: number): ShardFile[][] {
  const runs: ShardFile[][] = [];
  for (let at = 0; at < files.length; at += size) runs.push(files.slice(at, at + size).map((file, i) => ({ ...file, at: at + i })));
  return runs;
}

/**
 * Merges the word counts of the shards into those of reading all pages in one go, words in the
 * same order: by the page that has them first, and on that page in the order its shard met them.
 */
export function mergeCounts(parts: readonly ShardCounts[]): Map<string, number> {
  if (parts.length === 1) return parts[0]!.counts;
  const first = new Map<string, { at: number; rank: number }>();
  for (const { counts, firsts } of parts) {
    let rank = 0;
    let next = 0;
    for (const word of counts.keys()) {
      while (firsts[next]![1] <= rank) next++;
      const at = firsts[next]![0];
      const seen = first.get(word);
      if (!seen || at < seen.at) first.set(word, { at, rank });
      rank++;
    }
  }
  const merged = new Map<string, number>();
  const order = [...first].sort(([, a], [, b]) => a.at - b.at || a.rank - b.rank);
  for (const [word] of order) merged.set(word, parts.reduce((sum, part) => sum + (part.counts.get(word) ?? 0), 0));
  return merged;
}
