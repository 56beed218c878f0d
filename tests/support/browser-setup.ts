/**
 * Vitest globalSetup of the "browser" project (vitest.config.ts): ONE Chromium and ONE static
 * server for the built site (dist/, or DIST_DIR) for the whole run. Test files get the browser's
 * WebSocket endpoint and the site's URL with `inject()` (see tests/support/e2e.ts), so no test
 * file starts a browser of its own and several files never start Chromium at the same time.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser';
import { DIST } from './dist';
import { serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebSocket endpoint of the shared Chromium (`chromium.connect()`). */
    browserWsEndpoint: string;
    /** Base URL of the served built site, e.g. http://127.0.0.1:41234 */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await serveDist(DIST);
  const browser = await launchBrowserServer().catch(async (error: unknown) => {
    await site.close();
    throw error;
  });
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  project.provide('siteUrl', site.url);
  return async () => {
    await browser.close();
    await site.close();
  };
}
