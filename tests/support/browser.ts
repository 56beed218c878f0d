/**
 * Headless Chromium for tests, screenshots and benchmarks without downloading a browser:
 * Debian's /usr/bin/chromium where installed, else the binary shipped in the npm package
 * @sparticuz/chromium (unpacked to /tmp on first use).
 *
 * The browser tests share ONE Chromium: tests/support/browser-setup.ts starts it with
 * `launchBrowserServer()` once per `vitest run`, and every test file attaches to it with
 * `connectBrowser()` (tests/support/e2e.ts). Scripts that run alone use `launchBrowser()`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A page in a background tab or an occluded window must not be throttled: under load, several
  // test files drive pages of the same browser at once and every one of them must keep running.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

async function executablePath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}

/** A Chromium of this process's own (scripts: screenshots, benchmarks). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await executablePath(), args: CHROMIUM_ARGS, headless: true });
}

/** A Chromium that other processes attach to with `chromium.connect(server.wsEndpoint())`. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: await executablePath(), args: CHROMIUM_ARGS, headless: true });
}
