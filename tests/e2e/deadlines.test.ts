/**
 * The filters of a deadline year's pages (/frister/<year>/) in a real browser: a filter in the
 * address is applied on arrival and lists the matches of the whole year (read from
 * /data/frister/<year>.json) in place of the page's own list; choosing "Alle" again brings the page
 * back; without JavaScript the filters stay hidden and every entry of the page is listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage, openSite, type Site } from '../support/e2e';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('/frister/<year>/ filters', () => {
  it('apply the filter in the address, list the year’s matches and come back to the page with "Alle"', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.url}/frister/2018/?kommune=hilleroed&status=overdue`);
      const results = page.locator('[data-deadline-results]:not([hidden]) li[data-deadline]');
      await results.first().waitFor();
      const onPage = await page.locator('[data-deadline-page] li[data-kommune="hilleroed"][data-status="overdue"]').count();
      expect(onPage).toBeGreaterThanOrEqual(7);
      expect(await results.count()).toBe(onPage);
      await expect.poll(() => page.locator('[data-deadline-filters] output').textContent()).toBe(`${onPage} viste frister`);
      expect(await page.locator('[data-deadline-page]').isHidden()).toBe(true);
      // "Alle" in both: the page's own list is back, and the address has no filter.
      await page.selectOption('select[name="kommune"]', '');
      await page.selectOption('select[name="status"]', '');
      await page.locator('[data-deadline-page]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-deadline-results]').isHidden()).toBe(true);
      expect(new URL(page.url()).search).toBe('');
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('without JavaScript: no filters, every entry of the page listed', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/frister/2018/?status=reached`);
      expect(await page.locator('[data-deadline-filters]').isHidden()).toBe(true);
      const count = Number(await page.locator('[data-deadline-count]').getAttribute('data-deadline-count'));
      expect(await page.locator('[data-deadline-page] li[data-deadline]').count()).toBe(count);
    } finally {
      await context.close();
    }
  });
});
