/**
 * Runs the shards of the search step's page preparation (page-shard.ts): one in this process and
 * each other one in a worker process of its own (prepare-worker.ts), so the parsing, keywords and
 * writing of pages use every core (issue 14: the search step ≤ 20 s on a two-core machine).
 * Worker processes rather than threads: they run the TypeScript sources through tsx's loader
 * wherever the step is started from (tsx, or vitest in the tests).
 *
 * Pass 1 hands out runs of pages (RUN pages each, in address order) to whichever shard is free,
 * so a worker that starts late (starting one takes 0.4–2 s on a busy machine) or gets less of a
 * core simply reads fewer pages; pass 2 writes the pages each shard read.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SynonymGroups } from './keywords';
import { pageRuns, PageShard, type PageError, type ShardCounts, type ShardFile } from './page-shard';
import type { BuiltFile } from '../html/built';

/** The environment variable that sets how many processes prepare the pages (tests and benchmarks). */
export const WORKERS_VARIABLE = 'SEARCH_PREPARE_WORKERS';
/** At most this many by default: pass 1 keeps every indexed page in memory, a share in each process. */
const MAX_WORKERS = 2;
/**
 * Pages a worker process must have to pay for itself by default: starting one (Node, tsx's loader
 * and the modules) takes 0.4–0.8 s of CPU, the work of 250–450 pages at national scale (7,285 pages
 * in 13–18 s in one process); the real site (255 pages, about 1 s) is prepared faster without.
 */
const MIN_PAGES_PER_WORKER = 1_000;

/**
 * How many processes prepare the `pages` pages of a site: SEARCH_PREPARE_WORKERS if set (a whole
 * number ≥ 1), else one per core, at most MAX_WORKERS, and only as many as have MIN_PAGES_PER_WORKER
 * pages each. Throws on a value that is not a whole number ≥ 1.
 */
export function preparationWorkers(pages: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const set = env[WORKERS_VARIABLE];
  if (set === undefined || set === '') return Math.max(1, Math.min(MAX_WORKERS, cores, Math.floor(pages / MIN_PAGES_PER_WORKER)));
  if (!/^\d+$/.test(set.trim()) || Number(set) < 1) throw new Error(`${WORKERS_VARIABLE}="${set}": give the number of processes that prepare the search pages, a whole number of 1 or more`);
  return Number(set);
}

/** Pages handed to a shard at a time in pass 1: about 50 ms of work, few enough to end the pass together. */
const RUN = 24;
/** Runs a worker is given ahead, so it never waits for this process (busy with its own run) to hand it the next. */
const AHEAD = 2;

/** A request to a worker: pass 1 over some pages, what pass 1 found, or pass 2 with the whole site's vocabulary. */
export type ShardRequest =
  | { type: 'read'; files: readonly ShardFile[] }
  | { type: 'counted' }
  | { type: 'write'; vocabulary: string[]; synonyms: SynonymGroups; scratch: string };
/** A worker's answer: the result of the request, or the error it threw (with its page's place, see PageError). */
export type ShardReply = { ok: ShardCounts | number[] | null; error?: undefined } | { error: string; at?: number };

/** A shard prepared in a worker process (prepare-worker.ts, run with tsx's loader). */
class WorkerShard {
  private readonly child: ChildProcess;
  private exited: string | undefined;
  /** The requests sent and not yet answered, in order (the worker answers them in order). */
  private readonly waiting: { resolve: (value: never) => void; reject: (error: Error) => void }[] = [];

  constructor() {
    const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    this.child = fork(WORKER, [], { execArgv: ['--import', loader], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (reply: ShardReply) => {
      const waiting = this.waiting.shift();
      if (reply.error !== undefined) waiting?.reject(Object.assign(new Error(reply.error), { at: reply.at }));
      else waiting?.resolve(reply.ok as never);
    });
    const stopped = (reason: string) => {
      this.exited ??= reason;
      for (const w of this.waiting.splice(0)) w.reject(new Error(`a search preparation worker stopped (${reason}) before it answered`));
    };
    this.child.on('exit', (code, signal) => stopped(signal ? `signal ${signal}` : `exit ${code}`));
    this.child.on('error', (error) => stopped(error.message));
  }

  /** Sends a request: `sent` resolves once the message is written out (or could not be), `answer` with the worker's answer. */
  request<T>(message: ShardRequest): { sent: Promise<void>; answer: Promise<T> } {
    if (this.exited) return { sent: Promise.resolve(), answer: Promise.reject(new Error(`a search preparation worker stopped (${this.exited})`)) };
    const answer = new Promise<T>((resolve, reject) => this.waiting.push({ resolve: resolve as (value: never) => void, reject }));
    const sent = new Promise<void>((resolve) => this.child.send(message, () => resolve()));
    return { sent, answer };
  }

  /** Ends the worker: lets it exit when it has answered everything, else stops it. */
  close(): void {
    if (this.exited) return;
    if (this.waiting.length) this.child.kill();
    else this.child.disconnect();
  }
}

const WORKER = fileURLToPath(new URL('./prepare-worker.ts', import.meta.url));
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Shards of the page preparation: this process and `workers - 1` worker processes. Pass 1
 * (`read`) must end before pass 2 (`write`) starts; `close` ends the workers.
 */
export class ShardPool {
  private readonly local = new PageShard();
  private readonly workers: WorkerShard[];

  /** Starts `workers - 1` worker processes; pass 1 hands out runs of `run` pages. */
  constructor(
    workers: number,
    private readonly run = RUN,
  ) {
    this.workers = Array.from({ length: Math.max(0, workers - 1) }, () => new WorkerShard());
  }

  /** Pass 1 over all `files` (in address order), run by run, each to the next free shard; what each shard found. */
  async read(files: readonly BuiltFile[]): Promise<ShardCounts[]> {
    const runs = pageRuns(files, this.run);
    let next = 0;
    const take = () => (next < runs.length ? runs[next++] : undefined);
    // Each worker is kept AHEAD runs ahead: a lane sends it the next run when one is answered.
    const lanes = this.workers.flatMap((worker) =>
      Array.from({ length: AHEAD }, async () => {
        for (let run = take(); run; run = take()) await worker.request({ type: 'read', files: run }).answer;
      }),
    );
    // This process reads between answering its workers.
    const here = (async () => {
      for (let run = take(); run; run = take()) {
        this.local.read(run);
        await nextTurn();
      }
    })();
    await allShards([here, ...lanes]);
    return allShards([this.local.counted(), ...this.workers.map((w) => w.request<ShardCounts>({ type: 'counted' }).answer)]);
  }

  /** Pass 2 in every shard with the whole site's vocabulary; the places of the pages each gave the default search record. */
  async write(vocabulary: string[], synonyms: SynonymGroups, scratch: string): Promise<number[][]> {
    const requests = this.workers.map((w) => w.request<number[]>({ type: 'write', vocabulary, synonyms, scratch }));
    // Every request written out before this process is busy with its own pages for seconds.
    await Promise.all(requests.map((r) => r.sent));
    const here = (async () => this.local.write(vocabulary, synonyms, scratch))();
    return allShards([here, ...requests.map((r) => r.answer)]);
  }

  /** Ends the worker processes. */
  close(): void {
    for (const worker of this.workers) worker.close();
  }
}

/**
 * Waits for all shards' answers and returns them in shard order; if any failed, throws the error
 * of the earliest page (PageError's `at`), the one preparing all pages in one process would meet.
 */
export async function allShards<T>(answers: readonly (T | Promise<T>)[]): Promise<T[]> {
  const settled = await Promise.allSettled(answers);
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as PageError] : []));
  if (failures.length) throw failures.reduce((a, b) => ((b.at ?? Infinity) < (a.at ?? Infinity) ? b : a));
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}
