/**
 * Runs a command and measures it: wall time, the peak resident memory of its whole process tree
 * (sampled from /proc every 200 ms, summed over the process and all its descendants, so a child
 * such as Pagefind's binary counts while the Node process holds its memory), and the moment each
 * output line arrived (for splitting a build into phases).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Line {
  /** Milliseconds since the command started. */
  at: number;
  text: string;
}

export interface Measured {
  code: number | null;
  wallMs: number;
  /** Peak of the summed RSS of the process tree, bytes (0 where /proc is missing). */
  peakRss: number;
  /** When the peak was sampled, ms since start. */
  peakAt: number;
  /** Every sample: [ms since start, bytes]. */
  samples: [number, number][];
  lines: Line[];
}

const PAGE = 4096;

/** Summed RSS of `root` and its descendants, in bytes. */
export function treeRss(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(e));
      else children.set(ppid, [Number(e)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: Line[] = [];
    let peakRss = 0;
    let peakAt = 0;
    const samples: [number, number][] = [];
    const sample = () => {
      if (!child.pid) return;
      const rss = treeRss(child.pid);
      const at = performance.now() - start;
      samples.push([Math.round(at), rss]);
      if (rss > peakRss) [peakRss, peakAt] = [rss, at];
    };
    const timer = setInterval(sample, 200);
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const at = performance.now() - start;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop()!;
        for (const text of parts) {
          lines.push({ at, text });
          if (options.echo) console.log(`    ${text}`);
        }
      });
      stream.on('end', () => rest && lines.push({ at: performance.now() - start, text: rest }));
    };
    collect(child.stdout!);
    collect(child.stderr!);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, wallMs: performance.now() - start, peakRss, peakAt, samples, lines });
    });
  });
}
