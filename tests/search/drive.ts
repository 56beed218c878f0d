/**
 * Drives the built search page in Chromium: opens /soeg/?q=… (query and filters from the URL, as
 * a shared link would), waits until the status line reports the search, and reads what the page
 * shows. Shared by the tests and scripts/bench-search.ts.
 */
import type { Page } from 'playwright-core';
import { caseUrl, type SearchCase, type ShownResult } from './queries';

/**
 * Waits until the search page has finished the search for `query` as typed (the status line
 * carries it in data-for once the results, a correction or a hint are on screen), as long as the
 * page's default timeout allows (the tests set a generous one).
 */
export async function waitForSearch(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.for === q, query);
}

/** The first ten results the page shows: each result's page and the anchors (sub-results) it offers. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-search-results] > li')].slice(0, 10).map((li) => {
      const links = [...li.querySelectorAll('a')].map((a) => new URL(a.href));
      const partial = (li as HTMLElement).dataset.partial !== undefined;
      return { page: links[0]?.pathname ?? '', anchors: links.slice(1).map((u) => u.hash.slice(1)).filter(Boolean), ...(partial ? { partial } : {}) };
    }),
  );
}

export async function runCase(page: Page, base: string, c: SearchCase): Promise<ShownResult[]> {
  await page.goto(base + caseUrl(c));
  await waitForSearch(page, c.query);
  return shownResults(page);
}
