/**
 * The build benchmark: `npm run bench`.
 *
 * Generates the large corpus (src/corpus/: 98 municipalities × 3 documents × (10 goals +
 * 12 initiatives) + 400 cases) into .bench/corpus, then builds it and the real content/ the way
 * `npm run build` does – the reference checker, then the permalink lock check, beside
 * `astro build`; then the search index and the page weight – each into its own folder
 * (.bench/out/<corpus>, with its own cold cache), and prints for each: wall time of the whole build
 * and of its parts, pages per second, peak memory of the process tree, output size, bytes per page
 * (gzip; HTML, and the CSS and JS each page loads), the Pagefind index and the open-data files.
 * Checks the goals (large corpus ≤ 3 min and ≤ 2 GB; an initiative page ≤ 25 KB gzip HTML + CSS,
 * no JavaScript) and writes every figure to .bench/results.json.
 *
 *   npm run bench                    both corpora
 *   npm run bench -- --only real     one of them (large | real)
 *   npm run bench -- --no-generate   reuse .bench/corpus as it is
 *   npm run bench -- --echo          show the builds' own output
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ASTRO_NODE_FLAGS } from '../build/astro-node';
import { analyseOutput, type OutputStats, type PageTypeStats } from './analyse';
import { measure, type Line, type Measured } from './measure';
import { generateCorpus, writeCorpus } from '../corpus/corpus';
import { catalogueFromFiles } from '../catalogue/from-files';
import { otherMunicipalities, similarItems } from '../similar/catalogue';

const ROOT = process.cwd();
const BENCH = join(ROOT, '.bench');
const { values: flags } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-generate': { type: 'boolean', default: false },
    echo: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
  },
});

const GOALS = { buildMs: 180_000, rss: 2 * 1024 ** 3, initiativeHtmlCss: 25 * 1024, initiativeFirstView: 12 * 1024, similarMs: 10_000 };

interface CorpusRun {
  name: string;
  dir: string;
  entries?: Record<string, number>;
  check: Measured;
  /** The permalink lock check `npm run build` runs between the checker and astro build (when the project has it). */
  permalinks?: Measured;
  /** "Det gør andre kommuner": items matched and the time of each of three in-process runs (ms). */
  similar: { items: number; ms: number[] };
  astro: Measured;
  /** The search index step (scripts/build-search.ts), after astro build, in its own process. */
  search: Measured;
  /** The page-weight step (scripts/build-weight.ts: a stylesheet per page type), after the search index. */
  weight: Measured;
  /** The checker, the permalink check and astro build, run together: wall time and peak RSS of the three. */
  together: { wallMs: number; peakRss: number };
  phases: Record<string, number>;
  output: OutputStats;
}

const kb = (n: number) => `${(n / 1024).toFixed(1).replace('.', ',')} KB`;
const mb = (n: number) => (n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(2).replace('.', ',')} GB` : `${(n / 1024 ** 2).toFixed(1).replace('.', ',')} MB`);
const sec = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
const int = (n: number) => Math.round(n).toLocaleString('da-DK');
const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');

/** Split `astro build` into phases by when its log lines arrived. */
function phasesOf(m: Measured): Record<string, number> {
  const at = (re: RegExp, from = 0): Line | undefined => m.lines.slice(from).find((l) => re.test(l.text));
  const idx = (line: Line | undefined) => (line ? m.lines.indexOf(line) : -1);
  const routes = at(/generating static routes/i);
  const routesDone = routes ? at(/✓ Completed in/, idx(routes) + 1) : undefined;
  const pagefindLines = m.lines.filter((l) => /pagefind/i.test(l.text));
  const phases: Record<string, number> = {};
  if (routes) phases['content + vite bundle'] = routes.at;
  if (routes && routesDone) phases['render pages'] = routesDone.at - routes.at;
  if (routesDone) phases['build:done hooks'] = m.wallMs - routesDone.at;
  if (pagefindLines.length > 0) {
    // The integration logs when it starts and when it is done; the span between is its time.
    const own = pagefindLines.map((l) => /in\s+([\d.]+)\s*(ms|s)\b/i.exec(l.text)).find(Boolean);
    phases.pagefind = own ? Number(own[1]) * (own[2] === 's' ? 1000 : 1) : pagefindLines[pagefindLines.length - 1]!.at - pagefindLines[0]!.at;
  }
  return phases;
}

async function run(name: string, dir: string, entries?: Record<string, number>): Promise<CorpusRun> {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const out = join(BENCH, 'out', name);
  const cache = join(BENCH, 'cache', name);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env = { ...process.env, CATALOGUE_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' };

  // "Det gør andre kommuner" (src/similar/) is computed once inside astro build; timed here on its own,
  // before the build (it would compete with it for the cores).
  const similar = similarTimes(dir);
  console.log(`\n▶ ${name}: similar entries: ${similar.items} initiatives and cases, median ${sec(median(similar.ms))} (runs: ${similar.ms.map(sec).join(', ')})`);

  // `npm run build` also checks the permalink lock. The real content is checked against the
  // committed lock; a generated corpus against a lock made for it first (untimed).
  const permalinkArgs = existsSync(join(ROOT, 'scripts', 'permalinks.ts')) ? [tsx, 'scripts/permalinks.ts', 'check', '--content', dir] : undefined;
  if (permalinkArgs && name !== 'real') {
    const lock = join(BENCH, `permalinks-${name}.lock.txt`);
    rmSync(lock, { force: true });
    const made = await measure(process.execPath, [tsx, 'scripts/permalinks.ts', 'update', '--content', dir, '--lock', lock], { env });
    if (made.code !== 0) throw new Error(`could not make a permalink lock for ${dir}:\n${made.lines.slice(-10).map((l) => l.text).join('\n')}`);
    permalinkArgs.push('--lock', lock);
  }

  // As `npm run build` runs them (src/build/cli.ts): astro build starts together with the checker,
  // and the permalink check follows the checker.
  console.log(`▶ ${name}: checker, then permalink lock check, beside astro build → ${relative(ROOT, out)} …`);
  const started = performance.now();
  const astroRun = measure(process.execPath, [...ASTRO_NODE_FLAGS, 'src/bench/astro-build.mjs', out, cache], { env, echo: flags.echo });
  const check = await measure(process.execPath, [tsx, 'scripts/check-references.ts', dir], { env, echo: flags.echo });
  const checkedAt = performance.now() - started;
  const summary = check.lines.map((l) => l.text).filter((t) => /\d+ errors?, \d+ warnings?/.test(t)).pop();
  console.log(`  ${summary ?? '(no summary)'}`);
  if (check.code !== 0) throw new Error(`the checker failed on ${dir} (exit ${check.code}):\n${check.lines.slice(-20).map((l) => l.text).join('\n')}`);
  const permalinks = permalinkArgs ? await measure(process.execPath, permalinkArgs, { env, echo: flags.echo }) : undefined;
  if (permalinks && permalinks.code !== 0) throw new Error(`the permalink check failed on ${dir}:\n${permalinks.lines.slice(-10).map((l) => l.text).join('\n')}`);
  const astro = await astroRun;
  const together = performance.now() - started;
  if (astro.code !== 0) throw new Error(`astro build failed (exit ${astro.code}):\n${astro.lines.slice(-30).map((l) => l.text).join('\n')}`);
  // The memory of the three at once: astro's samples plus the check's or the permalink check's at the same moment.
  const beside = (at: number) => {
    const of = (m: Measured, offset: number) => m.samples.find(([t]) => t + offset >= at)?.[1] ?? 0;
    return at < checkedAt ? of(check, 0) : permalinks ? of(permalinks, checkedAt) : 0;
  };
  const togetherPeak = Math.max(...astro.samples.map(([t, bytes]) => bytes + beside(t)), check.peakRss, permalinks?.peakRss ?? 0);
  console.log(`▶ ${name}: search index (pagefind) …`);
  const search = await measure(process.execPath, [tsx, 'scripts/build-search.ts', out], { env, echo: flags.echo });
  if (search.code !== 0) throw new Error(`the search step failed (exit ${search.code}):\n${search.lines.slice(-30).map((l) => l.text).join('\n')}`);
  console.log(`▶ ${name}: page weight (a stylesheet per page type) …`);
  const weight = await measure(process.execPath, [tsx, 'scripts/build-weight.ts', out], { env, echo: flags.echo });
  if (weight.code !== 0) throw new Error(`the page-weight step failed (exit ${weight.code}):\n${weight.lines.slice(-30).map((l) => l.text).join('\n')}`);
  const output = analyseOutput(out);
  return {
    name, dir, entries, check, permalinks, similar, astro, search, weight, together: { wallMs: together, peakRss: togetherPeak },
    phases: { ...phasesOf(astro), 'pagefind (own process)': search.wallMs, 'page weight (own process)': weight.wallMs },
    output,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Time the similar-entries computation (catalogue read untimed) three times in this process. */
function similarTimes(dir: string): { items: number; ms: number[] } {
  const c = catalogueFromFiles(dir, ROOT);
  const ms: number[] = [];
  let items = 0;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    items = similarItems(c).items.length;
    otherMunicipalities(c);
    ms.push(performance.now() - t);
  }
  return { items, ms };
}

function typeRow(type: string, s: PageTypeStats): string {
  return `  | ${type.padEnd(18)} | ${String(s.pages).padStart(5)} | ${kb(s.html.median).padStart(9)} | ${kb(s.html.max).padStart(9)} | ${kb(s.htmlCss.median).padStart(9)} | ${kb(s.htmlCss.max).padStart(9)} | ${kb(s.js.max).padStart(8)} | ${String(s.pagesWithJs).padStart(5)} | ${kb(s.firstView.median).padStart(10)} | ${kb(s.firstView.max).padStart(10)} |`;
}

function report(r: CorpusRun): { ok: boolean; lines: string[] } {
  const o = r.output;
  const whole = r.together.wallMs + r.search.wallMs + r.weight.wallMs;
  const rss = Math.max(r.together.peakRss, r.search.peakRss, r.weight.peakRss);
  const ini = o.byType.initiative;
  const lines: string[] = [];
  const say = (s: string) => lines.push(s);
  const e = r.entries;
  say(`\n■ ${r.name} corpus (${relative(ROOT, r.dir) || r.dir})${e ? `: ${Object.entries(e).map(([k, v]) => `${int(v)} ${k}`).join(', ')}` : ''}`);
  say(`  whole build        ${sec(whole)}  = (check ${sec(r.check.wallMs)}${r.permalinks ? ` + permalink check ${sec(r.permalinks.wallMs)}` : ''} beside astro build ${sec(r.astro.wallMs)}: ${sec(r.together.wallMs)}) + search index ${sec(r.search.wallMs)} + page weight ${sec(r.weight.wallMs)}`);
  say(`  similar entries    ${int(r.similar.items)} initiatives and cases matched in ${sec(median(r.similar.ms))} (median of ${r.similar.ms.length} runs)`);
  say(`  astro phases       ${Object.entries(r.phases).map(([k, v]) => `${k} ${sec(v)}`).join(' · ') || '(no phase lines found)'}`);
  say(`  pages              ${int(o.pages)} HTML pages, ${int(o.pages / (whole / 1000))} pages/s over the whole build (${int(o.pages / (r.astro.wallMs / 1000))} pages/s astro)`);
  say(`  peak RSS           ${mb(r.together.peakRss)} astro build with the checks beside it (astro alone ${mb(r.astro.peakRss)}, process tree, at ${sec(r.astro.peakAt)}), ${mb(r.search.peakRss)} search index, ${mb(r.weight.peakRss)} page weight, ${mb(r.check.peakRss)} check${r.permalinks ? `, ${mb(r.permalinks.peakRss)} permalink check` : ''}`);
  say(`  output             ${mb(o.bytes)} in ${int(o.files)} files`);
  say(`  per page, gzip     HTML median ${kb(o.all.html.median)}, max ${kb(o.all.html.max)} (${o.all.html.maxAt}); HTML + CSS median ${kb(o.all.htmlCss.median)}, max ${kb(o.all.htmlCss.max)}; JS max ${kb(o.all.js.max)}, on ${o.all.pagesWithJs} of ${o.pages} pages`);
  say(`  shipped assets     CSS ${o.assets.css.files} files ${kb(o.assets.css.gzip)} gzip · JS ${o.assets.js.files} files ${kb(o.assets.js.gzip)} gzip (without Pagefind)`);
  say(`  pagefind index     ${o.pagefind ? `${mb(o.pagefind.bytes)} in ${int(o.pagefind.files)} files` : 'none in the output (no search integration yet)'}`);
  say(`  open data (/data/) ${o.data ? `${mb(o.data.bytes)} in ${o.data.files} files` : 'none'}`);
  say(`  | page type          | pages | HTML med. | HTML max  | +CSS med. | +CSS max  | JS max   | w/ JS | 1st view m | 1st view x |`);
  say(`  |--------------------|-------|-----------|-----------|-----------|-----------|----------|-------|------------|------------|`);
  for (const [type, s] of Object.entries(o.byType)) say(typeRow(type, s));

  let ok = true;
  const goal = (label: string, pass: boolean, detail: string) => {
    ok &&= pass;
    say(`  goal: ${label.padEnd(38)} ${detail.padEnd(28)} ${verdict(pass)}`);
  };
  if (r.name === 'large') {
    goal('whole build ≤ 3 min', whole <= GOALS.buildMs, sec(whole));
    goal('peak RSS ≤ 2 GB', rss <= GOALS.rss, mb(rss));
    goal('similar entries ≤ 10 s (median)', median(r.similar.ms) <= GOALS.similarMs, sec(median(r.similar.ms)));
  }
  if (ini) {
    goal('initiative page ≤ 25 KB gzip (HTML + CSS)', ini.htmlCss.max <= GOALS.initiativeHtmlCss, `max ${kb(ini.htmlCss.max)}`);
    goal('initiative first view ≤ 12 KB gzip (median)', ini.firstView.median <= GOALS.initiativeFirstView, `median ${kb(ini.firstView.median)}, max ${kb(ini.firstView.max)}`);
    goal('initiative page without JavaScript', ini.pagesWithJs === 0, `${ini.pagesWithJs} pages with JS`);
    if (ini.pagesWithJs > 0) say(`        scripts on initiative pages (gzip): ${Object.entries(ini.scripts).map(([src, n]) => `${src} ${kb(n)}`).join(', ')}`);
  }
  return { ok, lines };
}

const started = performance.now();
console.log(`bench: ${cpus().length} cores, ${mb(totalmem())} RAM, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`);
const corpora: { name: string; dir: string; entries?: Record<string, number> }[] = [];
if (flags.only !== 'real') {
  const dir = join(BENCH, 'corpus');
  let entries: Record<string, number> | undefined;
  if (!flags['no-generate'] || !existsSync(dir)) {
    const t = performance.now();
    const corpus = generateCorpus({ seed: Number(flags.seed) });
    writeCorpus(dir, corpus);
    const s = corpus.stats;
    entries = { documents: s.documents, goals: s.goals, initiatives: s.initiatives, cases: s.cases };
    console.log(`generated ${relative(ROOT, dir)} (seed ${flags.seed}): ${Object.entries(entries).map(([k, v]) => `${v} ${k}`).join(', ')}; ${s.files} files, ${mb(s.bytes)} in ${sec(performance.now() - t)}`);
  }
  corpora.push({ name: 'large', dir, entries });
}
if (flags.only !== 'large') corpora.push({ name: 'real', dir: resolve(ROOT, 'content') });

const runs: CorpusRun[] = [];
for (const c of corpora) runs.push(await run(c.name, c.dir, c.entries));

let allOk = true;
for (const r of runs) {
  const { ok, lines } = report(r);
  allOk &&= ok;
  console.log(lines.join('\n'));
}
mkdirSync(BENCH, { recursive: true });
writeFileSync(
  join(BENCH, 'results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cores: cpus().length, memory: totalmem(), node: process.version, loadAverageAtStart: loadavg() },
      runs: runs.map((r) => ({ ...r, check: { ...r.check, lines: undefined }, permalinks: r.permalinks && { ...r.permalinks, lines: undefined }, astro: { ...r.astro, lines: r.astro.lines.map((l) => `${(l.at / 1000).toFixed(2)}s ${l.text}`) } })),
    },
    null,
    2,
  ),
);
console.log(`\n${allOk ? 'all goals met' : 'some goals MISSED (see above)'}; figures in .bench/results.json; bench took ${sec(performance.now() - started)}`);
