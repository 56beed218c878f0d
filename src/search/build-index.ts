/**
 * Builds the search index over the built site, with Pagefind's Node API (dist/pagefind/), and
 * the word list for "Mente du …" (dist/soeg/ordliste.json) with its words that have æ/ø/å, for
 * respelling queries typed without them (dist/soeg/stavemaader.json, respell.ts). Runs as its own step after
 * `astro build` (scripts/build-search.ts, part of `npm run build`): the pages are prepared in one
 * process, reading them from disk one at a time, and Pagefind's CLI indexes them in another, so
 * the build's peak memory is the largest of Astro, this step and Pagefind, never their sum
 * (issue #7: ≤ 2 GB on the national corpus).
 *
 * Every page Pagefind reads is the built page (without head, icons and classes, which it does not
 * read anyway; read with the HTML parser of src/html/, see indexed-text.ts, and otherwise left
 * byte for byte as built) plus the search keywords of src/search/keywords.ts
 * (compound tails, synonyms, å for aa), written after their words between ⟦ ⟧; the pages
 * served stay as they are. Only pages with data-pagefind-body are indexed; each must carry the
 * type filter (<SearchRecord>), and a page that does not gets it here as a plain page ("side"),
 * with a warning. No page may carry a sort key (see withDefaults).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtHtmlFiles, type BuiltFile } from '../html/built';
import { BODY, decodeIndexText, encodeIndexText, readIndexText, type IndexText } from './indexed-text';
import { countWords, createKeywordGenerator, injectKeywords } from './keywords';
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
 * The default a page without its own search record gets (see the module comment), written right
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

/**
 * Step 1 of the search index (runs in its own process): reads the built pages in `root` one at a
 * time, parsing each once, and writes the pages as Pagefind should read them into `scratch` (a folder mirroring the
 * site), and the word list for "Mente du …" into `root`. Pagefind itself then indexes `scratch`
 * in a process of its own (scripts/build-search.ts), so this process's memory is gone by then.
 */
export async function prepareSearchPages(root: string, scratch: string, log: (line: string) => void = console.log): Promise<{ pages: number; words: number }> {
  const started = performance.now();
  const files = builtHtmlFiles(root);

  // Pass 1: which pages are indexed, and the vocabulary. Pages are read one at a time and parsed
  // once: each is kept as its encodeIndexText string (UTF-8, about its slimmed size: 120 MB for
  // the 7,285 pages of the generated national corpus), so pass 2 needs neither a second parse nor
  // a second read. A page holding one of the encoding's marks is read again instead.
  const indexed: (BuiltFile & { kept: Buffer | undefined })[] = [];
  const vocabulary = new Map<string, number>();
  for (const file of files) {
    const page = readIndexText(readFileSync(file.file, 'utf8'), true);
    if (!page.hasBody) continue;
    countWords([page], vocabulary);
    const encoded = encodeIndexText(page);
    indexed.push({ ...file, kept: encoded === undefined ? undefined : Buffer.from(encoded) });
  }
  const synonyms = readSynonyms(root);
  const generator = createKeywordGenerator(vocabulary.keys(), synonyms);

  // Pass 2: every indexed page with its defaults and keywords, into the scratch folder. Written
  // synchronously: awaiting each small write left the process idle for 40 % of the step.
  const defaulted: string[] = [];
  const folders = new Set<string>();
  for (const entry of indexed) {
    const read = entry.kept ? decodeIndexText(entry.kept.toString()) : readIndexText(readFileSync(entry.file, 'utf8'), true);
    entry.kept = undefined;
    const { page, added } = withDefaults(read, entry.url);
    if (added) defaulted.push(entry.url);
    const target = join(scratch, ...entry.url.split('/').filter(Boolean), 'index.html');
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, injectKeywords(page, generator));
  }

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
  log(`search: prepared ${indexed.length} pages (${vocabulary.size} distinct words) in ${Math.round(performance.now() - started)} ms; ${list.length} words in ${WORD_LIST}`);
  return { pages: indexed.length, words: vocabulary.size };
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
