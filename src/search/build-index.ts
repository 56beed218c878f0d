/**
 * Builds the search index over the built site, with Pagefind's Node API (dist/pagefind/), and
 * the word list for "Mente du …" (dist/soeg/ordliste.json). Runs as its own step after
 * `astro build` (scripts/build-search.ts, part of `npm run build`): the pages are prepared in one
 * process, reading them from disk one at a time, and Pagefind's CLI indexes them in another, so
 * the build's peak memory is the largest of Astro, this step and Pagefind, never their sum
 * (issue #7: ≤ 2 GB on the national corpus).
 *
 * Every page Pagefind reads is the built page (without head, icons and classes, which it does not
 * read anyway) plus the search keywords of src/search/keywords.ts
 * (compound tails, synonyms, ASCII spellings), written after their words between ⟦ ⟧; the pages
 * served stay as they are. Only pages with data-pagefind-body are indexed; each must carry the
 * type filter and the sort keys (<SearchRecord>), and a page that does not gets them here as a
 * plain page ("side") without a date, with a warning, so a sorted search never loses it.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countWords, createKeywordGenerator, injectKeywords, slimForIndex } from './keywords';
import { SYNONYMS } from './lexicon';
import { SORTS } from './record';

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

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** "kommuner/hilleroed/index.html" → "/kommuner/hilleroed/". */
const urlOf = (root: string, file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** The defaults a page without its own search record gets (see the module comment). */
function withDefaults(html: string): { html: string; added: boolean } {
  const hasType = /data-pagefind-filter="type\[/.test(html);
  const missingSorts = Object.values(SORTS).filter((s) => !html.includes(`data-pagefind-sort="${s.key}[`));
  if (hasType && missingSorts.length === 0) return { html, added: false };
  const extra = [
    hasType ? '' : '<data data-pagefind-filter="type[value]" value="side"></data><data data-pagefind-meta="type[value]" value="Side"></data>',
    ...missingSorts.map((s) => `<data data-pagefind-sort="${s.key}[value]" value="${s.undated}"></data>`),
  ].join('');
  return { html: html.replace(/(<[^>]*\sdata-pagefind-body[^>]*>)/, `$1<div hidden>${extra}</div>`), added: true };
}

const hasBody = (html: string) => /\sdata-pagefind-body[\s=>]/.test(html);

/**
 * Step 1 of the search index (runs in its own process): reads the built pages in `root` one at a
 * time and writes the pages as Pagefind should read them into `scratch` (a folder mirroring the
 * site), and the word list for "Mente du …" into `root`. Pagefind itself then indexes `scratch`
 * in a process of its own (scripts/build-search.ts), so this process's memory is gone by then.
 */
export async function prepareSearchPages(root: string, scratch: string, log: (line: string) => void = console.log): Promise<{ pages: number; words: number }> {
  const started = performance.now();
  const files = await htmlFiles(root);

  // Pass 1: which pages are indexed, and the vocabulary (pages are read one at a time, not kept).
  const indexedFiles: string[] = [];
  function* bodies() {
    for (const file of files) {
      const html = slimForIndex(readFileSync(file, 'utf8'));
      if (!hasBody(html)) continue;
      indexedFiles.push(file);
      yield html;
    }
  }
  const vocabulary = countWords(bodies());
  const generator = createKeywordGenerator(vocabulary.keys());

  // Pass 2: every indexed page with its defaults and keywords, into the scratch folder.
  const defaulted: string[] = [];
  for (const file of indexedFiles) {
    const url = urlOf(root, file);
    const { html, added } = withDefaults(slimForIndex(await readFile(file, 'utf8')));
    if (added) defaulted.push(url);
    const target = join(scratch, ...url.split('/').filter(Boolean), 'index.html');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, injectKeywords(html, generator));
  }

  // The word list for "Mente du …": every indexed word of three letters or more, with how
  // often it occurs, most frequent first; then the lexicon's synonyms (found through keywords).
  const list: [string, number][] = [...vocabulary].filter(([w]) => w.length >= 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'));
  for (const w of new Set(SYNONYMS.flat())) if (!vocabulary.has(w)) list.push([w, 0]);
  await mkdir(join(root, 'soeg'), { recursive: true });
  await writeFile(join(root, WORD_LIST), JSON.stringify(list));

  if (defaulted.length) {
    log(`${defaulted.length} page(s) without <SearchRecord> indexed as type "side" without a date: ${defaulted.join(', ')}`);
  }
  log(`search: prepared ${indexedFiles.length} pages (${vocabulary.size} distinct words) in ${Math.round(performance.now() - started)} ms; ${list.length} words in ${WORD_LIST}`);
  return { pages: indexedFiles.length, words: vocabulary.size };
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
