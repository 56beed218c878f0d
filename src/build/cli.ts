/**
 * `npm run build`: the whole site, published only when every step succeeded.
 *
 *   tsx scripts/build.ts [--out DIR]        (DIR defaults to dist)
 *
 * Steps, in order; the first that fails stops the build and leaves DIR exactly as it was:
 *   content     the content folder exists and holds at least one document ($CATALOGUE_CONTENT_DIR or content/)
 *   check       the reference checker (npm run check)
 *   permalinks  every locked address is still built or redirected (npm run permalinks:check)
 *   astro       astro build, into a fresh folder beside DIR (.DIR.next-<pid>); started together with
 *               check (its output held back until permalinks has passed, and stopped if either
 *               fails), so the two checks cost no wall time on a machine with a second core
 *   search      the Pagefind index over that folder (scripts/build-search.ts)
 *   weight      one stylesheet per page type, data: downloads as files (scripts/build-weight.ts, src/weight/)
 *   verify      the folder holds every file a complete site has (src/build/publish.ts)
 * then the fresh folder replaces DIR. A failure inside astro build is reported as the content
 * file and line of the page that failed; Astro's full output goes to .astro/last-build.log.
 *
 * CATALOGUE_BUILD_FAIL_AT=<step> makes that step fail on purpose (tests use it to prove that a
 * failure at any step leaves DIR untouched); never set it otherwise.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { contentDir, contentDirProblem, CONTENT_DIR_VARIABLE } from '../collections/content-dir';
import { ASTRO_NODE_FLAGS } from './astro-node';
import { missingFiles, publish, stagingDirFor } from './publish';
import { describeAstroFailure, isStackLine } from './trace';

const STEPS = ['content', 'check', 'permalinks', 'astro', 'search', 'weight', 'verify'] as const;
type Step = (typeof STEPS)[number];

const require = createRequire(import.meta.url);
const root = process.cwd();
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'dist');
const content = contentDir();
const staged = stagingDirFor(out);
const logFile = join(root, '.astro', 'last-build.log');
const failAt = process.env.CATALOGUE_BUILD_FAIL_AT as Step | undefined;
if (failAt && !STEPS.includes(failAt)) {
  console.error(`CATALOGUE_BUILD_FAIL_AT must be one of ${STEPS.join(', ')}, not "${failAt}"`);
  process.exit(2);
}

/** A running child process: its end, and its output held back until released. */
interface Child {
  done: Promise<{ code: number; output: string }>;
  /** Writes the output held so far, and from now on as it comes. */
  release(): void;
  /** Ends the process and waits for it. */
  stop(): Promise<void>;
}

/** Starts a child process with the same Node; its output goes to the terminal once released (stack traces only to the log). */
function start(argv: string[], options: { log?: string } = {}): Child {
  const child = spawn(process.execPath, argv, {
    cwd: root,
    env: { ...process.env, [CONTENT_DIR_VARIABLE]: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = options.log ? (mkdirSync(join(options.log, '..'), { recursive: true }), createWriteStream(options.log)) : undefined;
  let output = '';
  let held: [NodeJS.WriteStream, string][] | undefined = [];
  const write = (to: NodeJS.WriteStream, line: string) => (held ? held.push([to, line]) : to.write(line));
  const relay = (to: NodeJS.WriteStream) => {
    let pending = '';
    return (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      log?.write(text);
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (!isStackLine(line)) write(to, `${line}\n`);
    };
  };
  child.stdout.on('data', relay(process.stdout));
  child.stderr.on('data', relay(process.stderr));
  const done = new Promise<{ code: number; output: string }>((resolveDone) => {
    child.on('close', (code) => {
      log?.end();
      resolveDone({ code: code ?? 1, output });
    });
  });
  return {
    done,
    release() {
      for (const [to, line] of held ?? []) to.write(line);
      held = undefined;
    },
    async stop() {
      try {
        child.kill('SIGTERM');
      } catch {
        // already ended
      }
      await done;
    },
  };
}

/** Runs a child process to its end, its output shown as it comes. */
function run(argv: string[], options: { log?: string } = {}): Promise<{ code: number; output: string }> {
  const child = start(argv, options);
  child.release();
  return child.done;
}

/** astro build into the staging folder, started before the checks (see the module comment). */
let astroBuild: Child | undefined;
const astroBin = () => join(require.resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
const astroArgs = () => [...ASTRO_NODE_FLAGS, astroBin(), 'build', '--outDir', staged];

const steps: Record<Step, () => Promise<boolean> | boolean> = {
  content: () => {
    const problem = contentDirProblem(content);
    if (problem) console.error(`build: ${problem}`);
    return !problem;
  },
  check: async () => {
    rmSync(staged, { recursive: true, force: true });
    astroBuild = start(astroArgs(), { log: logFile });
    return (await run([require.resolve('tsx/cli'), 'scripts/check-references.ts', content])).code === 0;
  },
  permalinks: async () => (await run([require.resolve('tsx/cli'), 'scripts/permalinks.ts', 'check', '--content', content])).code === 0,
  astro: async () => {
    astroBuild ??= start(astroArgs(), { log: logFile });
    astroBuild.release();
    const { code, output } = await astroBuild.done;
    if (code !== 0) console.error(`\n${describeAstroFailure(output, content, relative(root, logFile))}`);
    return code === 0;
  },
  search: async () => (await run([require.resolve('tsx/cli'), 'scripts/build-search.ts', staged])).code === 0,
  weight: async () => (await run([require.resolve('tsx/cli'), 'scripts/build-weight.ts', staged])).code === 0,
  verify: () => {
    const missing = missingFiles(staged);
    if (missing.length) console.error(`build: the built site lacks ${missing.join(', ')}; not published`);
    return missing.length === 0;
  },
};

const shownOut = relative(root, out) || out;
let ok = true;
try {
  for (const step of STEPS) {
    const passed = step === failAt ? (console.error(`build: step "${step}" failed on purpose (CATALOGUE_BUILD_FAIL_AT)`), false) : await steps[step]();
    if (!passed) {
      console.error(`\nbuild: stopped at step "${step}"; ${shownOut}/ is unchanged (nothing was published).`);
      ok = false;
      break;
    }
  }
  if (ok) {
    publish(staged, out);
    console.log(`build: published ${shownOut}/ (content: ${relative(root, content) || content})`);
  }
} finally {
  // A check that failed stops the astro build started beside it before its folder goes.
  await astroBuild?.stop();
  rmSync(staged, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
