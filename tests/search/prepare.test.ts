/**
 * The search step's page preparation split over worker processes (src/search/build-index.ts,
 * page-shard.ts, prepare-workers.ts): whatever the number of processes, the prepared pages, the word
 * list for "Mente du …", the log and the errors are those of preparing all pages in one process.
 */
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, opendirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '../../src/html/built';
import { prepareSearchPages, WORD_LIST } from '../../src/search/build-index';
import { SPELLING_LIST } from '../../src/search/respell';
import { readIndexText } from '../../src/search/indexed-text';
import { countWords } from '../../src/search/keywords';
import { mergeCounts, PageShard, pageRuns } from '../../src/search/page-shard';
import { preparationWorkers } from '../../src/search/prepare-workers';
import { DIST } from '../support/dist';

/**
 * In memory (/dev/shm) where there is one, like the build's scratch folder (src/search/cli.ts): there
 * a folder lists its entries in the order they were made, which Pagefind's index depends on.
 */
const memory = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
})();
const temp = mkdtempSync(join(memory, 'prepare-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under `dir`, by path relative to it, in the order the folders list them (unsorted). */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    const folder = opendirSync(d);
    const entries = [];
    for (let e = folder.readSync(); e; e = folder.readSync()) entries.push(e);
    folder.closeSync();
    for (const e of entries) {
      if (e.isDirectory()) walk(join(d, e.name));
      else files.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name)));
    }
  };
  walk(dir);
  return files;
}

/** Prepares `root` with `workers` processes: the scratch folder's files, the word lists and the log (times left out). */
async function prepared(root: string, workers: number, run?: number) {
  const scratch = join(temp, `scratch-${workers}-${Math.random().toString(36).slice(2)}`);
  const log: string[] = [];
  const result = await prepareSearchPages(root, scratch, (line) => log.push(line.replace(/ in \d+ ms/, ' in … ms')), { workers, run });
  const wordList = readFileSync(join(root, WORD_LIST), 'utf8');
  const spellings = readFileSync(join(root, SPELLING_LIST), 'utf8');
  rmSync(join(root, WORD_LIST));
  rmSync(join(root, SPELLING_LIST));
  return { result, files: tree(scratch), wordList, spellings, log };
}

/** A small built site: `pages` maps an address to the HTML inside its data-pagefind-body element. */
function site(name: string, pages: Record<string, string>, synonyms?: unknown): string {
  const root = join(temp, name);
  for (const [url, body] of Object.entries(pages)) {
    const file = join(root, ...url.split('/').filter(Boolean), 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `<!doctype html><html lang="da"><head><title>${url}</title></head><body><nav>Menu</nav><main data-pagefind-body>${body}</main></body></html>`);
  }
  if (synonyms) {
    mkdirSync(join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'data', 'synonyms.json'), JSON.stringify(synonyms));
  }
  return root;
}

const typed = (type: string, text: string) => `<data data-pagefind-filter="type[value]" value="${type}"></data><h1>${text}</h1>`;

describe('preparing the search pages in several processes', () => {
  it('gives the real site the same prepared pages, word lists and log with one and two worker processes beside this one as this one alone', async () => {
    const root = join(temp, 'dist');
    cpSync(DIST, root, { recursive: true, filter: (from) => !/[/\\](pagefind|_astro)$/.test(from) });
    rmSync(join(root, WORD_LIST), { force: true });
    rmSync(join(root, SPELLING_LIST), { force: true });
    const one = await prepared(root, 1);
    expect(one.result.pages).toBeGreaterThan(200);
    expect(one.files.size).toBe(one.result.pages);
    for (const [workers, run] of [[2, undefined], [3, 5]] as const) {
      const many = await prepared(root, workers, run);
      expect(many.result, `${workers} workers`).toEqual(one.result);
      // The same files, listed in the same order: Pagefind numbers the pages in the order it finds them.
      expect([...many.files.keys()], `${workers} workers`).toEqual([...one.files.keys()]);
      const differing = [...one.files].filter(([path, bytes]) => !bytes.equals(many.files.get(path)!)).map(([path]) => path);
      expect(differing, `${workers} workers`).toEqual([]);
      expect(many.wordList, `${workers} workers`).toBe(one.wordList);
      expect(many.spellings, `${workers} workers`).toBe(one.spellings);
      expect(many.log, `${workers} workers`).toEqual(one.log);
    }
  });

  it('merges the shards’ word counts into one pass’s counts, in the order one pass meets the words', () => {
    // With a page at a time dealt to two shards in turn, "/" and "/b/" go to the first, "/a/" and "/c/"
    // to the second: a merge in shard order would put "gamma" (first on /b/) before "beta" (first on /a/).
    const root = site('order', {
      '/': typed('side', 'alfa delta'),
      '/a/': typed('side', 'beta alfa'),
      '/b/': typed('side', 'gamma beta epsilon'),
      '/c/': typed('side', 'zeta gamma delta'),
      '/d/': typed('side', 'eta alfa'),
    });
    const files = builtHtmlFiles(root);
    const onePass = countWords(files.map((f) => readIndexText(readFileSync(f.file, 'utf8'), true)));
    expect([...onePass.keys()].slice(0, 7)).toEqual(['alfa', 'delta', 'beta', 'gamma', 'epsilon', 'zeta', 'eta']);
    // Runs of pages handed out as a busy pool might: in turn, or a run to one shard now and then.
    const deals: [size: number, shardOf: (run: number) => number][] = [
      [1, (run) => run % 2],
      [1, (run) => run % 3],
      [2, (run) => run % 2],
      [1, (run) => (run === 2 ? 1 : 0)],
      [1, (run) => (run < 2 ? 1 : 0)],
    ];
    for (const [size, shardOf] of deals) {
      const shards = [new PageShard(), new PageShard(), new PageShard()];
      pageRuns(files, size).forEach((run, i) => shards[shardOf(i)]!.read(run));
      const merged = mergeCounts(shards.map((shard) => shard.counted()));
      expect([...merged], `runs of ${size}, ${String(shardOf)}`).toEqual([...onePass]);
    }
  });

  it('lists the pages without a search record in address order, and refuses the first page with a sort key, as one process does', async () => {
    const plain = site('plain', {
      '/': typed('side', 'Forside'),
      '/a/': '<h1>Om kataloget</h1>',
      '/b/': '<h1>Data</h1>',
      '/c/': typed('indsats', 'Integrationsindsats for børn'),
      '/d/': '<h1>Tilgængelighed</h1>',
    });
    const one = await prepared(plain, 1);
    expect(one.log[0]).toBe('3 page(s) without <SearchRecord> indexed as type "side": /a/, /b/, /d/');
    // Handed out a page at a time, the worker process gets the first pages (while it starts, this process reads the rest).
    const two = await prepared(plain, 2, 1);
    expect(two.log).toEqual(one.log);
    expect(two.files).toEqual(one.files);

    // Read by two processes a page at a time, /a/ and /b/ are read by different ones: the error is /a/'s all the same.
    const sorted = site('sorted', {
      '/': typed('side', 'Forside'),
      '/a/': `${typed('side', 'A')}<data data-pagefind-sort="date[value]" value="2020"></data>`,
      '/b/': `${typed('side', 'B')}<data data-pagefind-sort="year[value]" value="2021"></data>`,
    });
    const refusal = /^\/a\/: data-pagefind-sort="date" – every sort key costs each first search/;
    await expect(prepareSearchPages(sorted, join(temp, 'sorted-1'), () => undefined, { workers: 1 })).rejects.toThrow(refusal);
    await expect(prepareSearchPages(sorted, join(temp, 'sorted-2'), () => undefined, { workers: 2, run: 1 })).rejects.toThrow(refusal);
  });

  it('uses one process per core, at most two, for a site large enough to gain from them, unless SEARCH_PREPARE_WORKERS says how many', () => {
    expect(preparationWorkers(7_285, {}, 1)).toBe(1);
    expect(preparationWorkers(7_285, {}, 2)).toBe(2);
    expect(preparationWorkers(7_285, {}, 8)).toBe(2);
    expect(preparationWorkers(255, {}, 2)).toBe(1);
    expect(preparationWorkers(1_999, {}, 2)).toBe(1);
    expect(preparationWorkers(2_000, {}, 2)).toBe(2);
    expect(preparationWorkers(255, { SEARCH_PREPARE_WORKERS: '3' }, 2)).toBe(3);
    expect(preparationWorkers(7_285, { SEARCH_PREPARE_WORKERS: '1' }, 8)).toBe(1);
    for (const bad of ['0', 'two', '1.5', '-1']) {
      expect(() => preparationWorkers(7_285, { SEARCH_PREPARE_WORKERS: bad }, 2)).toThrow(`SEARCH_PREPARE_WORKERS="${bad}": give the number of processes that prepare the search pages, a whole number of 1 or more`);
    }
  });
});
