/**
 * Runs the shards of the search step's page preparation (page-shard.ts): in this process when there
 * is one, else each in a worker process of its own (prepare-worker.ts), so the parsing, keywords and
 * writing of pages use every core (issue 14: the search step ≤ 20 s on a two-core machine).
 * Worker processes rather than threads: they run the TypeScript sources through tsx's loader
 * wherever the step is started from (tsx, or vitest in the tests).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SynonymGroups } from './keywords';
import { PageShard, type PageError, type ShardCounts, type ShardFile } from './page-shard';

/** The environment variable that sets how many processes prepare the pages (tests and benchmarks). */
export const WORKERS_VARIABLE = 'SEARCH_PREPARE_WORKERS';
/** At most this many by default: pass 1 keeps every indexed page in memory, a share in each process. */
const MAX_WORKERS = 2;
/**
 * Pages a worker process must have to pay for itself by default: starting one (Node, tsx's loader
 * and the modules) takes 0.4–0.8 s, the work of 250–450 pages at national scale (7,285 pages in
 * 13–18 s in one process), so the real site (255 pages, about 1 s) is prepared faster in one.
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

/** A request to a worker: pass 1 over its pages, or pass 2 with the whole site's vocabulary. */
export type ShardRequest =
  | { type: 'read'; files: readonly ShardFile[] }
  | { type: 'write'; vocabulary: string[]; synonyms: SynonymGroups; scratch: string };
/** A worker's answer: the result of the request, or the error it threw (with its page's place, see PageError). */
export type ShardReply = { ok: ShardCounts | number[]; error?: undefined } | { error: string; at?: number };

/** A shard being prepared, here or in a worker process; the methods are PageShard's. */
export interface ShardRunner {
  read(files: readonly ShardFile[]): Promise<ShardCounts>;
  write(vocabulary: string[], synonyms: SynonymGroups, scratch: string): Promise<number[]>;
  /** Ends the worker (at once if it is still working). */
  close(): void;
}

/** A shard prepared in this process. */
export function localShard(): ShardRunner {
  const shard = new PageShard();
  return {
    read: async (files) => shard.read(files),
    write: async (vocabulary, synonyms, scratch) => shard.write(vocabulary, synonyms, scratch),
    close: () => undefined,
  };
}

const WORKER = fileURLToPath(new URL('./prepare-worker.ts', import.meta.url));

/** A shard prepared in a worker process (prepare-worker.ts, run with tsx's loader). */
export function forkShard(): ShardRunner {
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child: ChildProcess = fork(WORKER, [], {
    execArgv: ['--import', loader],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let exited: string | undefined;
  const stopped = new Set<(reason: string) => void>();
  const onEnd = (reason: string) => {
    exited ??= reason;
    for (const stop of stopped) stop(reason);
  };
  child.on('exit', (code, signal) => onEnd(signal ? `signal ${signal}` : `exit ${code}`));
  child.on('error', (error) => onEnd(error.message));

  const request = <T>(message: ShardRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const stop = (reason: string) => {
        child.off('message', onMessage);
        stopped.delete(stop);
        reject(new Error(`a search preparation worker stopped (${reason}) before it answered`));
      };
      const onMessage = (reply: ShardReply) => {
        child.off('message', onMessage);
        stopped.delete(stop);
        if (reply.error !== undefined) reject(Object.assign(new Error(reply.error), { at: reply.at }));
        else resolve(reply.ok as T);
      };
      if (exited) return reject(new Error(`a search preparation worker stopped (${exited})`));
      stopped.add(stop);
      child.on('message', onMessage);
      child.send(message);
    });

  return {
    read: (files) => request<ShardCounts>({ type: 'read', files }),
    write: (vocabulary, synonyms, scratch) => request<number[]>({ type: 'write', vocabulary, synonyms, scratch }),
    close: () => {
      if (exited) return;
      if (stopped.size) child.kill();
      else child.disconnect();
    },
  };
}

/**
 * Waits for all shards' answers and returns them in shard order; if any failed, throws the error
 * of the earliest page (PageError's `at`), the one preparing all pages in one process would meet.
 */
export async function allShards<T>(answers: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(answers);
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as PageError] : []));
  if (failures.length) throw failures.reduce((a, b) => ((b.at ?? Infinity) < (a.at ?? Infinity) ? b : a));
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}
