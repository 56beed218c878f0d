/**
 * The search page (/soeg/) for the browser tests: its URL with a query that has results, and how
 * to wait until the results are on the page. The search page is part of every build, so a test
 * that needs it fails (it never skips) when it is missing.
 */
import type { Page } from 'playwright-core';

export const SEARCH_QUERY = 'sprog';

export const searchPage = {
  url: `/soeg/?q=${SEARCH_QUERY}`,
  waitForResults: async (page: Page) => {
    // Results are links to catalogue pages rendered inside main after the query ran.
    await page.waitForFunction(() => document.querySelectorAll('main [data-search-results] a[href^="/"], main .pagefind-ui__result a[href^="/"]').length > 0);
  },
};
