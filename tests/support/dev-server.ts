/**
 * `astro dev` on a content folder, for tests of the editing loop (tests/dev/dev-loop.test.ts) and
 * the editing interface (tests/cms/admin.test.ts): started on a free port, resolved once it prints
 * its address (no fixed wait: the output is the state), with everything it prints kept.
 *
 * Every test dev server goes through here, so that
 *   - only one runs at a time for this checkout (a lock across Vitest's workers, tests/support/
 *     exclusive.ts): they share the project's .astro/ data store, and the machine has two cores;
 *   - none touches Astro's own lock (.astro/dev.json, `--ignore-lock`): a test server never
 *     refuses to start because an editor's `npm run dev` (or an earlier test server) wrote one,
 *     and never leaves one behind that would make the editor's next `npm run dev` refuse;
 *   - `stop()` resolves only when the server has exited, so the next one starts on a quiet machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquire } from './exclusive';
import { ROOT } from './real-content';

export interface DevServer {
  /** Base URL, e.g. http://127.0.0.1:43123 */
  url: string;
  /** Process id of the dev server. */
  pid: number;
  /** Everything the server printed so far (stdout and stderr, without colours). */
  output(): string;
  /** Stops the server; resolves once it has exited and the next test server may start. */
  stop(): Promise<void>;
}

/** The lock that keeps this checkout's test dev servers one at a time. */
export const DEV_SERVER_LOCK = join(tmpdir(), `catalogue-dev-server-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);

/** The environment without what Vitest sets (NODE_ENV=test, VITEST…), which would make Astro's dev server answer 404. */
const withoutVitest = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'));

/** A port nothing listens on now (the operating system picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when the child has exited (at once if it already has). */
const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/** Starts `astro dev` for the content folder `content` and resolves when it serves. */
export async function startDev(content: string): Promise<DevServer> {
  const lock = await acquire(DEV_SERVER_LOCK);
  const astro = join(createRequire(import.meta.url).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
  const child: ChildProcess = spawn(process.execPath, [astro, 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(await freePort())], {
    cwd: ROOT,
    env: { ...withoutVitest(process.env), CATALOGUE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A worker that ends without stop() (a crash, a timeout) takes its server with it.
  const kill = () => void child.kill();
  process.on('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    child.kill();
    await exited(child);
    lock.release();
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const look = (chunk: Buffer) => {
        output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
        const found = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
        if (found) resolve(found);
      };
      child.stdout!.on('data', look);
      child.stderr!.on('data', look);
      child.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
    });
    return { url, pid: child.pid!, output: () => output, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
