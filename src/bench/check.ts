/**
 * Benchmark of the reference checker (not a test): `npm run bench:check [-- --runs 5] [-- --keep]`.
 *
 * Generates a large corpus into .bench/check-corpus (gitignored) with the shared generator
 * (src/corpus/): all 98 municipalities × 3 documents × (10 goals + 12 initiatives), with
 * quotes (exact, with slips, excerpts), ranges, cited-as notes, sections, themes, target groups
 * and targets; then runs the checker on it several times
 * in-process and as the CLI (`node tsx scripts/check-references.ts .bench/check-corpus`) and prints
 * the median wall time of each. Goal: under 3 s.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { checkContent } from '../checker/check';
import { generateCorpus, writeCorpus } from '../corpus/corpus';

const ROOT = process.cwd();
const OUT = join(ROOT, '.bench', 'check-corpus');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const DOCS_PER_MUNICIPALITY = 3;
const GOALS = 10;
const INITIATIVES = 12;

/**
 * The corpus comes from the shared generator (src/corpus/, also used by `npm run bench`
 * and `npm run generate-corpus`): quotes verbatim, with a slip, with a hyphen for a dash and as an
 * excerpt; ranges; printed numbers that differ from the goal meant, with notes; references into
 * another document; unfilled targets. Cases and related documents are left out here: the checker
 * benchmark is about goal references.
 */
function generate(): { files: number; entries: number; bytes: number; municipalities: number } {
  const corpus = generateCorpus({ documentsPerMunicipality: DOCS_PER_MUNICIPALITY, goalsPerDocument: GOALS, initiativesPerDocument: INITIATIVES, cases: 0, relatedDocuments: 0 });
  writeCorpus(OUT, corpus);
  const s = corpus.stats;
  const listed = (name: string) => (parse(readFileSync(join(ROOT, 'content', name), 'utf8')) as unknown[]).length;
  const entries = listed('municipalities.yaml') + listed('themes.yaml') + listed('target-groups.yaml') + s.documents + s.goals + s.initiatives;
  return { files: s.files, entries, bytes: s.bytes, municipalities: s.municipalities };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const t0 = performance.now();
const corpus = generate();
console.log(
  `generated ${relative(ROOT, OUT)}: ${corpus.municipalities} municipalities × ${DOCS_PER_MUNICIPALITY} documents × (${GOALS} goals + ${INITIATIVES} initiatives); ` +
    `${corpus.files} files, ${corpus.entries} entries, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${fmt(performance.now() - t0)}`,
);

const inProcess: number[] = [];
let summary;
for (let r = 0; r < RUNS; r++) {
  const start = performance.now();
  const result = checkContent(OUT);
  inProcess.push(performance.now() - start);
  summary = result.summary;
}
console.log(
  `in-process: ${RUNS} runs, median ${fmt(median(inProcess))} (runs: ${inProcess.map(fmt).join(', ')}); ` +
    `result: ${summary!.errors} errors, ${summary!.warnings} warnings, ${summary!.files} files, ${summary!.entries} entries`,
);

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const cli: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [tsxCli, 'scripts/check-references.ts', relative(ROOT, OUT)], { cwd: ROOT, encoding: 'utf8' });
  cli.push(performance.now() - start);
  if (run.status !== 0) {
    console.error(`CLI run failed (exit ${run.status}):\n${run.stdout.slice(-2000)}${run.stderr}`);
    process.exit(1);
  }
}
console.log(`CLI (node ${process.version}, tsx scripts/check-references.ts): ${RUNS} runs, median ${fmt(median(cli))} (runs: ${cli.map(fmt).join(', ')})`);
const worst = Math.max(median(inProcess), median(cli));
console.log(worst < 3000 ? `OK: under the 3 s goal` : `SLOW: over the 3 s goal`);
if (!args.includes('--keep')) rmSync(OUT, { recursive: true, force: true });
