/**
 * The editor's loop (`npm run dev`) in Chromium: an edit under the content folder shows in the
 * open page without touching the browser; a content error appears in the browser's overlay with
 * file:line (and in the terminal); fixing it brings the page back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { copyContent, type ContentCopy } from '../support/content-copy';
import { startDev, type DevServer } from '../support/dev-server';
import { ROOT } from '../support/real-content';

const GOALS = 'documents/hilleroed-integrationshandlingsprogram-2015-2018/goals.yaml';
const TITLE = 'title: "Højere beskæftigelse blandt indvandrere og efterkommere"';
const PAGE = '/maal/hilleroed-2015-2018-maal-4/';

let copy: ContentCopy;
let dev: DevServer;
let base: string;
let browser: Browser;

/** The text of the error overlay, or '' when none is shown. */
const overlayText = (page: Page) =>
  page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');

beforeAll(async () => {
  copy = copyContent('catalogue-dev-');
  dev = await startDev(copy.content);
  base = dev.url;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  copy?.remove();
});

describe('npm run dev', () => {
  it('runs for a test without Astro’s lock file (.astro/dev.json), so it neither refuses nor leaves one behind', () => {
    const lock = join(ROOT, '.astro', 'dev.json');
    const holder = existsSync(lock) ? (JSON.parse(readFileSync(lock, 'utf8')) as { pid?: number }).pid : undefined;
    expect(holder).not.toBe(dev.pid);
  });

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
    expect(dev.output()).toMatch(/goals\.yaml:\d+:\d+ .*titel/);

    // 3. Fixed: the overlay goes and the page shows the new text.
    copy.replace(GOALS, 'titel: "Højere beskæftigelse – redigeret"', 'title: "Højere beskæftigelse – rettet"');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.replaceAll('\u00ad', '').includes('rettet'), null, { timeout: 60_000 });
    await expect.poll(() => overlayText(page), { timeout: 60_000 }).toBe('');
    await page.close();
  }, 300_000);
});
