/**
 * Writes a generated catalogue corpus (src/corpus/) into a folder outside content/:
 *
 *   npm run generate-corpus                       98 municipalities × 3 documents × (10 goals + 12 initiatives) + 400 cases → .bench/corpus
 *   npm run generate-corpus -- --municipalities 5 --cases 20 --out .bench/small --seed 7
 *
 * Build the site from it with CATALOGUE_CONTENT_DIR=.bench/corpus npm run build (or npm run bench).
 * The folder gets its own permalink lock (DIR/permalinks.lock.txt, every address it builds), as
 * every content folder other than content/ must (src/collections/content-dir.ts).
 */
import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, generateCorpus, writeCorpus } from './corpus';
import { main as permalinks } from '../permalinks/cli';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '.bench/corpus' },
    seed: { type: 'string' },
    municipalities: { type: 'string' },
    documents: { type: 'string' },
    goals: { type: 'string' },
    initiatives: { type: 'string' },
    cases: { type: 'string' },
    related: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: npm run generate-corpus -- [--out DIR] [--seed N] [--municipalities N] [--documents N] [--goals N] [--initiatives N] [--cases N] [--related N]');
  process.exit(0);
}
const num = (v: string | undefined, fallback: number, name: string) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number ≥ 0, got "${v}"`);
    process.exit(2);
  }
  return n;
};

const start = performance.now();
const out = resolve(values.out);
const corpus = generateCorpus({
  seed: num(values.seed, DEFAULT_OPTIONS.seed, 'seed'),
  municipalities: num(values.municipalities, DEFAULT_OPTIONS.municipalities, 'municipalities'),
  documentsPerMunicipality: num(values.documents, DEFAULT_OPTIONS.documentsPerMunicipality, 'documents'),
  goalsPerDocument: num(values.goals, DEFAULT_OPTIONS.goalsPerDocument, 'goals'),
  initiativesPerDocument: num(values.initiatives, DEFAULT_OPTIONS.initiativesPerDocument, 'initiatives'),
  cases: num(values.cases, DEFAULT_OPTIONS.cases, 'cases'),
  relatedDocuments: num(values.related, DEFAULT_OPTIONS.relatedDocuments, 'related'),
});
writeCorpus(out, corpus);
const quiet = { out: () => {}, err: (t: string) => process.stderr.write(t) };
if (permalinks(['update', '--content', out], quiet) !== 0) {
  console.error(`generate-corpus: the generated corpus in ${out} has permalink problems (see above)`);
  process.exit(1);
}
const s = corpus.stats;
console.log(
  `generated ${relative(process.cwd(), out) || out} (seed ${corpus.options.seed}): ${s.documents} documents, ${s.goals} goals, ` +
    `${s.initiatives} initiatives, ${s.cases} cases, ${s.relatedDocuments} related documents; ` +
    `${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - start) / 1000).toFixed(1)} s`,
);
