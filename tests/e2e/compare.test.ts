/**
 * /sammenlign/ in a real browser on the built site: a shared address shows the chosen
 * municipalities side by side, theme by theme; choosing another changes the address (shareable)
 * and the view; a municipality page leads there with itself chosen; without JavaScript the page
 * offers the municipalities' own pages.
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

describe('the compare page', () => {
  it('shows Hillerød and Høje-Taastrup side by side from a shared address, and changes with the form', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.url}/sammenlign/?kommuner=hilleroed,hoeje-taastrup`);
      const firstRow = page.locator('[data-compare-results] section').first();
      await firstRow.waitFor();
      expect(await firstRow.locator('h3').allTextContents()).toEqual(['Hillerød', 'Høje-Taastrup']);
      const rows = await page.locator('[data-compare-results] section h2').allTextContents();
      expect(rows).toContain('Bolig og boligplacering');
      expect(await page.locator('[data-compare-status]').textContent()).toContain('Hillerød, Høje-Taastrup');

      await page.getByLabel('Kommune 3').selectOption({ label: 'Kerteminde' });
      await page.getByRole('button', { name: 'Sammenlign' }).click();
      await page.waitForURL(/kommuner=hilleroed,hoeje-taastrup,kerteminde$/);
      await expect.poll(() => page.locator('[data-compare-results] section').first().locator('h3').count()).toBe(3);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('asks for a second municipality, and names an unknown one', async () => {
    const { context, page, problems } = await newWatchedPage(site);
    try {
      await page.goto(`${site.url}/sammenlign/?kommuner=hilleroed,findes-ikke`);
      await expect.poll(() => page.locator('[data-compare-status]').textContent()).toContain('findes-ikke');
      expect(await page.locator('[data-compare-status]').textContent()).toContain('Vælg mindst to kommuner.');
      expect(await page.locator('[data-compare-results] section').count()).toBe(0);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('is reached from a municipality page with that municipality chosen', async () => {
    const { context, page, problems } = await newWatchedPage(site);
    try {
      await page.goto(`${site.url}/kommuner/hilleroed/`);
      await page.getByLabel('Vælg en kommune at sammenligne med').selectOption({ label: 'Kerteminde' });
      await page.getByRole('button', { name: /Sammenlign med/ }).click();
      await page.locator('[data-compare-results] section').first().waitFor();
      expect([...new URL(page.url()).searchParams]).toEqual([['kommuner', 'hilleroed'], ['med', 'kerteminde']]);
      expect(await page.locator('[data-compare-results] section').first().locator('h3').allTextContents()).toEqual(['Hillerød', 'Kerteminde']);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('without JavaScript offers the municipality pages and no dead form', async () => {
    const { context, page } = await newWatchedPage(site, { javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}/sammenlign/?kommuner=hilleroed,hoeje-taastrup`);
      expect(await page.locator('form[data-compare-form]').isVisible()).toBe(false);
      expect(await page.locator('main a[href="/kommuner/hilleroed/"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
