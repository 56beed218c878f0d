/** Serves a built site (dist/) on 127.0.0.1 on a free port, for browser tests and benchmarks. */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { DIST } from './dist';
import { startServer } from '../../src/serve/server.mjs';

export async function serveDist(dir = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`no built site in ${dir}: run "npm run build" first`);
  const server = (await startServer({ dir: resolve(dir), listenPort: 0, listenHost: '127.0.0.1' })) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        // Chromium keeps connections alive; end them so closing does not wait for their timeout.
        server.closeAllConnections();
      }),
  };
}
