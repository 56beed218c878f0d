/**
 * Builds the search index over a built site: `tsx scripts/build-search.ts [dist]`.
 * Part of `npm run build`, after `astro build`. Three steps, each done before the next starts so
 * their memory never adds up: (1) a child process prepares the pages Pagefind reads (on a large
 * site with a worker process beside it, see prepareSearchPages), (2) Pagefind's CLI indexes them,
 * (3) unused parts of Pagefind's bundle are removed.
 * (`--prepare <dist> <scratch>` runs step 1 only; that is how the child is started.)
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindArgs, pagefindEnv, prepareSearchPages, pruneSearchBundle } from './build-index';

/** Pagefind's CLI from the npm package (its package exports only the Node API). */
const pagefindCli = () => join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/**
 * Where the prepared pages go: memory (/dev/shm) when the machine has it with room to spare, else
 * the temporary folder. The step writes one folder and file per indexed page (7,285 at national
 * scale, 85 MB): on this project's machines a disk took 5.8 s of the step's 21 s for mkdir and
 * write alone (--cpu-prof of the prepare step). The pages are deleted when the step ends.
 */
function scratchParent(): string {
  const shm = '/dev/shm';
  try {
    const { bavail, bsize } = statfsSync(shm);
    accessSync(shm, constants.W_OK);
    if (bavail * bsize >= 1024 ** 3) return shm;
  } catch {
    // no /dev/shm here
  }
  return tmpdir();
}

const fail = (message: string, code = 1): never => {
  console.error(`build-search: ${message}`);
  process.exit(code);
};

if (process.argv[2] === '--prepare') {
  const [root, scratch] = process.argv.slice(3);
  if (!root || !scratch) fail('usage: build-search.ts --prepare <dist> <scratch>', 2);
  const { pages } = await prepareSearchPages(root!, scratch!);
  console.log(`PREPARED ${pages}`);
} else {
  const root = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) fail(`no built site in ${root}; run astro build first`, 2);
  const require = createRequire(import.meta.url);
  const scratch = mkdtempSync(join(scratchParent(), 'integrationskataloget-search-'));
  try {
    // Node with tsx's loader (not tsx's CLI, which would start a Node process of its own in between).
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    const prepare = spawnSync(process.execPath, ['--import', tsx, fileURLToPath(import.meta.url), '--prepare', root, scratch], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    process.stdout.write(prepare.stdout.replace(/^PREPARED \d+\n?/m, ''));
    if (prepare.status !== 0) fail(`preparing the pages failed (exit ${prepare.status})`);
    const prepared = Number(/^PREPARED (\d+)/m.exec(prepare.stdout)?.[1]);

    const started = Date.now();
    const index = spawnSync(process.execPath, [pagefindCli(), ...pagefindArgs(root, scratch)], {
      encoding: 'utf8',
      env: pagefindEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (index.status !== 0) fail(`Pagefind failed (exit ${index.status}):\n${index.stdout}\n${index.stderr}`);
    const indexed = Number(/Indexed (\d+) pages?/.exec(index.stdout)?.[1]);
    if (indexed !== prepared) fail(`Pagefind indexed ${indexed} of ${prepared} pages:\n${index.stdout}`);
    await pruneSearchBundle(root);
    console.log(`search: pagefind indexed ${indexed} pages in ${Date.now() - started} ms`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
