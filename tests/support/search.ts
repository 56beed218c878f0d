/**
 * The search page (/soeg/) for the browser tests, once it is built: its URL with a query that has
 * results, and how to wait until the results are on the page. Undefined while the site has no
 * search page (the tests that need it say so and skip).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from './dist';

export const SEARCH_QUERY = 'sprog';

export const searchPage: { url: string; waitForResults: (page: Page) => Promise<void> } | undefined =
  existsSync(join(DIST, 'soeg', 'index.html')) && existsSync(join(DIST, 'pagefind', 'pagefind.js'))
    ? {
        url: `/soeg/?q=${SEARCH_QUERY}`,
        waitForResults: async (page: Page) => {
          // Results are links to catalogue pages rendered inside main after the query ran.
          await page.waitForFunction(
            () => document.querySelectorAll('main [data-search-results] a[href^="/"], main .pagefind-ui__result a[href^="/"]').length > 0,
            undefined,
            { timeout: 15_000 },
          );
        },
      }
    : undefined;
