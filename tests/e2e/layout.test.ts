/**
 * Phones: no built page scrolls sideways at 375 px (long Danish compounds, URLs in citations and
 * wide tables must wrap or scroll inside their own box), and the logic model stacks on a phone
 * and stands in columns on a wide screen. Every page is visited under the site's CSP; any console
 * error, CSP violation or failed request on any of them fails the test.
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

// Redirect pages forward at once (meta refresh); tests/e2e/redirects.test.ts covers them.
const pages = builtPages()
  .filter((p) => !p.isRedirect)
  .map((p) => p.url)
  .sort();
/** The pages in batches of 25, one test each: a slow batch on a busy machine does not take the rest with it. */
const batches = Array.from({ length: Math.ceil(pages.length / 25) }, (_, i) => pages.slice(i * 25, i * 25 + 25));

describe('layout on a phone', () => {
  it('visits every built page', () => {
    expect(pages.length).toBeGreaterThan(200);
    expect(batches.flat()).toEqual(pages);
  });

  it.each(batches.map((b) => [`${b[0]} … ${b.at(-1)}`, b] as const))('has no page wider than a 375 px screen: %s', async (_, batch) => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 375, height: 800 } });
    const wide: string[] = [];
    try {
      for (const url of batch) {
        await page.goto(site.url + url);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 375) wide.push(`${url} (${width} px)`);
      }
    } finally {
      await context.close();
    }
    expect(wide).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each([
    [375, 'stacked'],
    [1280, 'columns'],
  ] as const)('lays the logic model out %s px wide as %s', async (width, expected) => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width, height: 900 } });
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
    expect(problems).toEqual([]);
  });
});
