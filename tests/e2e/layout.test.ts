/**
 * Phones: no built page scrolls sideways at 375 px (long Danish compounds, URLs in citations and
 * wide tables must wrap or scroll inside their own box), and the logic model stacks on a phone
 * and stands in columns on a wide screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { newWatchedPage, openSite, type Site } from '../support/e2e';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('layout on a phone', () => {
  it('has no page wider than a 375 px screen', async () => {
    const { context, page } = await newWatchedPage(site, { viewport: { width: 375, height: 800 } });
    const wide: string[] = [];
    const pages = builtPages();
    try {
      for (const p of pages) {
        await page.goto(site.url + p.url);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 375) wide.push(`${p.url} (${width} px)`);
      }
    } finally {
      await context.close();
    }
    expect(pages.length).toBeGreaterThan(200);
    expect(wide).toEqual([]);
  });

  it.each([
    [375, 'stacked'],
    [1280, 'columns'],
  ] as const)('lays the logic model out %s px wide as %s', async (width, expected) => {
    const { context, page } = await newWatchedPage(site, { viewport: { width, height: 900 } });
    try {
      await page.goto(`${site.url}/indsatser/hilleroed-2015-2018-indsats-1/`);
      const tops = await page.evaluate(() =>
        ['ressourcer', 'aktiviteter', 'output', 'indikatorer'].map((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top)),
      );
      const sameRow = new Set(tops).size === 1;
      expect(sameRow ? 'columns' : 'stacked').toBe(expected);
    } finally {
      await context.close();
    }
  });
});
