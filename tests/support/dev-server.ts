/**
 * `astro dev` on a content folder, for tests of the editing loop (tests/dev/dev-loop.test.ts) and
 * the editing interface (tests/cms/admin.test.ts): started on a free port, resolved once it prints
 * its address (no fixed wait: the output is the state), with everything it prints kept.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './real-content';

export interface DevServer {
  /** Base URL, e.g. http://127.0.0.1:43123 */
  url: string;
  /** Everything the server printed so far (stdout and stderr, without colours). */
  output(): string;
  stop(): void;
}

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

/** Starts `astro dev` for the content folder `content` and resolves when it serves. */
export async function startDev(content: string): Promise<DevServer> {
  const astro = join(createRequire(import.meta.url).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
  const child: ChildProcess = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(await freePort())], {
    cwd: ROOT,
    env: { ...withoutVitest(process.env), CATALOGUE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
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
  return { url, output: () => output, stop: () => void child.kill() };
}
