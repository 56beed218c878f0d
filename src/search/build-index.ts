/**
 * Builds the search index over the built site, with Pagefind's Node API (dist/pagefind/), and
 * the word list for "Mente du …" (dist/soeg/ordliste.json) with its words that have æ/ø/å, for
 * respelling queries typed without them (dist/soeg/stavemaader.json, respell.ts). Runs as its own
 * step after `astro build` (scripts/build-search.ts, part of `npm run build`): the pages are
 * prepared in one process (with a worker process beside it, see prepareSearchPages), reading them
 * from disk one at a time, and Pagefind's CLI indexes them after it, in a process of its own, so
 * the build's peak memory is the largest of Astro, this step and Pagefind, never their sum
 * (issue #7: ≤ 2 GB on the national corpus).
 *
 * Every page Pagefind reads is the built page (without head, icons and classes, which it does not
 * read anyway; read with the HTML parser of src/html/, see indexed-text.ts, and otherwise left
 * byte for byte as built) plus the search keywords of src/search/keywords.ts
 * (compound tails, synonyms, å for aa), written after their words between ⟦ ⟧; the pages
 * served stay as they are. Only pages with data-pagefind-body are indexed; each must carry the
 * type filter (<SearchRecord>), and a page that does not gets it here as a plain page ("side"),
 * with a warning. No page may carry a sort key (see withDefaults in page-shard.ts).
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtHtmlFiles } from '../html/built';
import { mergeCounts, placePages } from './page-shard';
import { preparationWorkers, ShardPool } from './prepare-workers';
import { SPELLING_LIST, spellingList } from './respell';
import { readSynonyms } from './synonyms';

/** Where the word list for suggestions is written, relative to the site root. */
export const WORD_LIST = 'soeg/ordliste.json';
/**
 * Size of an index chunk, in Pagefind's unit (word locations), a quarter of its default of 20 000:
 * a first query downloads a chunk per word, and at the default a chunk is 25–30 KB gzip, which
 * with Pagefind's script and WebAssembly (70 KB) would break the 100 KB budget of a first query;
 * at 5 000 a chunk is 6–9 KB. Set through Pagefind's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (1.6);
 * recheck it when upgrading Pagefind (npm run bench:search prints the figure).
 */
const INDEX_CHUNK_SIZE = 5_000;
/** Pagefind bundle files this site does not use (it has its own search page and highlighter). */
const UNUSED = [/^pagefind-(ui|modular-ui|component-ui|highlight)\./, /^wasm\.unknown\.pagefind$/, /^playground$/];

/**
 * Step 1 of the search index (runs in its own process): reads the built pages in `root`, parsing
 * each once, and writes the pages as Pagefind should read them into `scratch` (a folder mirroring
 * the site), and the word list for "Mente du …" into `root`. Pagefind itself then indexes `scratch`
 * in a process of its own (scripts/build-search.ts), so this process's memory is gone by then.
 *
 * The pages are prepared by `options.workers` shards (page-shard.ts): this process and a worker
 * process for each other one (prepare-workers.ts; by default one per core, at most two, and only
 * this process for a site of under 2,000 pages; SEARCH_PREPARE_WORKERS sets it), which are handed
 * runs of `options.run` pages (prepare-workers.ts's RUN unless set, as tests do). Pass 1 (read, parse,
 * count words) ends in every shard before pass 2 (keywords, write) starts anywhere, because the
 * keywords need the whole site's vocabulary: the shards' word counts are merged here and handed to
 * each shard. The result is the same, byte for byte, whatever the number of shards.
 */
export async function prepareSearchPages(
  root: string,
  scratch: string,
  log: (line: string) => void = console.log,
  options: { workers?: number; run?: number } = {},
): Promise<{ pages: number; words: number }> {
  const started = performance.now();
  const files = builtHtmlFiles(root);
  const pool = new ShardPool(Math.min(options.workers ?? preparationWorkers(files.length), files.length), options.run);
  try {
    // Pass 1 in every shard: which pages are indexed, and the vocabulary.
    const read = await pool.read(files);
    const indexed = read.flatMap((r) => r.indexed).sort((a, b) => a - b);
    const pages = indexed.length;
    const vocabulary = mergeCounts(read);
    const synonyms = readSynonyms(root);

    // Pass 2 in every shard: each indexed page with its defaults and keywords, into the scratch
    // folder, whose entries are made first in one process's order when several write (placePages).
    if (read.length > 1) placePages(scratch, indexed.map((at) => files[at]!.url));
    const words = [...vocabulary.keys()];
    const defaulted = (await pool.write(words, synonyms, scratch))
      .flat().sort((a, b) => a - b).map((at) => files[at]!.url);

    // The word list for "Mente du …": every indexed word of three letters or more, with how
    // often it occurs, most frequent first; then the synonyms (found through keywords).
    const list: [string, number][] = [...vocabulary].filter(([w]) => w.length >= 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'));
    for (const w of new Set(synonyms.flat())) if (!vocabulary.has(w)) list.push([w, 0]);
    await mkdir(join(root, 'soeg'), { recursive: true });
    await writeFile(join(root, WORD_LIST), JSON.stringify(list));
    // The words with æ/ø/å, for respelling a query typed without them (respell.ts).
    await writeFile(join(root, SPELLING_LIST), JSON.stringify(spellingList(list)));

    if (defaulted.length) {
      log(`${defaulted.length} page(s) without <SearchRecord> indexed as type "side": ${defaulted.join(', ')}`);
    }
    log(`search: prepared ${pages} pages (${vocabulary.size} distinct words) in ${Math.round(performance.now() - started)} ms; ${list.length} words in ${WORD_LIST}`);
    return { pages, words: vocabulary.size };
  } finally {
    pool.close();
  }
}

/** The arguments for Pagefind's CLI that index `scratch` into `root`/pagefind. */
export function pagefindArgs(root: string, scratch: string): string[] {
  return ['--site', scratch, '--output-path', join(root, 'pagefind'), '--force-language', 'da', '--exclude-selectors', 'button'];
}

/** The environment Pagefind runs with (index chunk size, see INDEX_CHUNK_SIZE). */
export function pagefindEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_SIZE) };
}

/** Step 3: removes the parts of Pagefind's bundle this site does not use. */
export async function pruneSearchBundle(root: string): Promise<void> {
  for (const name of await readdir(join(root, 'pagefind'))) {
    if (UNUSED.some((re) => re.test(name))) await rm(join(root, 'pagefind', name), { recursive: true, force: true });
  }
}
