/**
 * The editor's loop (`npm run dev`) in Chromium: an edit under the content folder shows in the
 * open page without touching the browser; a content error appears in the browser's overlay with
 * file:line (and in the terminal); fixing it brings the page back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { copyContent, type ContentCopy } from '../support/content-copy';
import { ROOT } from '../support/real-content';

const GOALS = 'documents/hilleroed-integrationshandlingsprogram-2015-2018/goals.yaml';
const TITLE = 'title: "Højere beskæftigelse blandt indvandrere og efterkommere"';
const PAGE = '/maal/hilleroed-2015-2018-maal-4/';

let copy: ContentCopy;
let dev: ChildProcess;
let output = '';
let base: string;
let browser: Browser;

/** Resolves with the dev server's address once it prints it (no fixed wait: the output is the state). */
function started(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output.replace(/\u001b\[[0-9;]*m/g, ''))?.[1];
      if (url) resolve(url);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
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

/** The text of the error overlay, or '' when none is shown. */
const overlayText = (page: Page) =>
  page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');

beforeAll(async () => {
  copy = copyContent('catalogue-dev-');
  const astro = join(createRequire(import.meta.url).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
  dev = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(await freePort())], {
    cwd: ROOT,
    env: { ...withoutVitest(process.env), CATALOGUE_CONTENT_DIR: copy.content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  base = await started(dev);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  copy?.remove();
});

describe('npm run dev', () => {
  it('shows a content edit in the open page, a content error in the overlay with file:line, and the page again once fixed', async () => {
    const page = await browser.newPage();
    await page.goto(base + PAGE);
    // Headings carry soft hyphens (U+00AD) for Danish line breaking: compare the words.
    const heading = async () => ((await page.locator('h1').textContent()) ?? '').replaceAll('\u00ad', '');
    await expect.poll(heading, { timeout: 60_000 }).toContain('Højere beskæftigelse blandt indvandrere og efterkommere');

    // 1. An edit reaches the open page by itself (Astro reloads it).
    copy.replace(GOALS, TITLE, 'title: "Højere beskæftigelse – redigeret"');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.replaceAll('\u00ad', '').includes('redigeret'), null, { timeout: 60_000 });

    // 2. A misspelt field: the overlay names the file and line, in the open page and after a reload.
    copy.replace(GOALS, 'title: "Højere beskæftigelse – redigeret"', 'titel: "Højere beskæftigelse – redigeret"');
    await expect.poll(() => overlayText(page), { timeout: 60_000 }).toMatch(/goals\.yaml:\d+:\d+/);
    expect(await overlayText(page)).toContain('titel');
    await page.reload();
    await expect.poll(() => overlayText(page), { timeout: 60_000 }).toMatch(/goals\.yaml:\d+:\d+/);
    expect(output).toMatch(/goals\.yaml:\d+:\d+ .*titel/);

    // 3. Fixed: the overlay goes and the page shows the new text.
    copy.replace(GOALS, 'titel: "Højere beskæftigelse – redigeret"', 'title: "Højere beskæftigelse – rettet"');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.replaceAll('\u00ad', '').includes('rettet'), null, { timeout: 60_000 });
    await expect.poll(() => overlayText(page), { timeout: 60_000 }).toBe('');
    await page.close();
  }, 300_000);
});
