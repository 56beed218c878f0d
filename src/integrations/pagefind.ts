/**
 * Builds the search index at the end of `astro build`, with Pagefind's Node API over the built
 * pages (dist/pagefind/), and the word list for "Mente du …" (dist/soeg/ordliste.json).
 *
 * Every page Pagefind reads is the built page (without head, icons and classes, which it does not
 * read anyway) plus the search keywords of src/lib/search/keywords.ts
 * (compound tails, synonyms, ASCII spellings), written after their words between ⟦ ⟧; the pages
 * served stay as they are. Only pages with data-pagefind-body are indexed; each must carry the
 * type filter and the sort keys (<SearchRecord>), and a page that does not gets them here as a
 * plain page ("side") without a date, with a warning, so a sorted search never loses it.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { countWords, createKeywordGenerator, injectKeywords, slimForIndex } from '../lib/search/keywords';
import { SYNONYMS } from '../lib/search/lexicon';
import { SORTS } from '../lib/search/record';

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

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'integrationskataloget:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const pages = (
          await Promise.all(files.map(async (file) => ({ url: urlOf(root, file), html: slimForIndex(await readFile(file, 'utf8')) })))
        ).filter((p) => /\sdata-pagefind-body[\s=>]/.test(p.html));

        const vocabulary = countWords(pages.map((p) => p.html));
        const generator = createKeywordGenerator(vocabulary.keys());

        // The Pagefind service is a child process that reads its environment when it starts.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da', excludeSelectors: ['button'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const defaulted: string[] = [];
        // The pages as Pagefind reads them go to a scratch folder that mirrors the site, and
        // Pagefind reads that folder itself: sending each page through the service's pipe
        // (addHTMLFile) takes several times longer on a large site.
        const scratch = await mkdtemp(join(tmpdir(), 'integrationskataloget-pagefind-'));
        let indexed = 0;
        try {
          await Promise.all(
            pages.map(async (p) => {
              const { html, added } = withDefaults(p.html);
              if (added) defaulted.push(p.url);
              const file = join(scratch, ...p.url.split('/').filter(Boolean), 'index.html');
              await mkdir(dirname(file), { recursive: true });
              await writeFile(file, injectKeywords(html, generator));
            }),
          );
          const added = await index.addDirectory({ path: scratch });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          indexed = added.page_count;
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
          await rm(scratch, { recursive: true, force: true });
        }
        if (indexed !== pages.length) throw new Error(`Pagefind indexed ${indexed} of ${pages.length} pages`);
        for (const name of await readdir(join(root, 'pagefind'))) {
          if (UNUSED.some((re) => re.test(name))) await rm(join(root, 'pagefind', name), { recursive: true, force: true });
        }

        // The word list for "Mente du …": every indexed word of three letters or more, with how
        // often it occurs, most frequent first; then the lexicon's synonyms (found through keywords).
        const list: [string, number][] = [...vocabulary].filter(([w]) => w.length >= 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'));
        for (const w of new Set(SYNONYMS.flat())) if (!vocabulary.has(w)) list.push([w, 0]);
        await mkdir(join(root, 'soeg'), { recursive: true });
        await writeFile(join(root, WORD_LIST), JSON.stringify(list));

        if (defaulted.length) {
          logger.info(`${defaulted.length} page(s) without <SearchRecord> indexed as type "side" without a date: ${defaulted.join(", ")}`);
        }
        logger.info(
          `indexed ${pages.length} pages (${vocabulary.size} distinct words) in ${Math.round(performance.now() - started)} ms; ${list.length} words in ${WORD_LIST}`,
        );
      },
    },
  };
}
