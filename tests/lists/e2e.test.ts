/**
 * The list pages in Chromium: the "Filtrér" form, opened and used by keyboard, leads into the
 * search page with the list's type and the chosen filters, which finds exactly the catalogue's
 * entries for them; axe finds 0 violations with the form open (light and dark, 375 and 1280 px).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage, openSite, type Site } from '../support/e2e';
import { realCatalogue } from '../support/real-content';

const c = realCatalogue();
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('the filters of a list', () => {
  it('lead by keyboard from /indsatser/ to the search page with the type and theme set, finding every initiative of the theme', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(site.url + '/indsatser/');
      await page.focus('[data-list-filters] summary');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('[data-list-filters]')!.open);
      await page.focus('#liste-tema');
      await page.selectOption('#liste-tema', 'bolig');
      await page.focus('[data-list-filters] button[type=submit]');
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === '/soeg/');
      const url = new URL(page.url());
      expect(url.searchParams.get('type')).toBe('indsats');
      expect(url.searchParams.get('tema')).toBe('bolig');
      const expected = c.themeCounts('bolig').initiatives;
      expect(expected).toBeGreaterThan(0);
      // The search page tells how many it found once Pagefind answered.
      await page.waitForFunction((n) => (document.querySelector('[data-search-status]')?.textContent ?? '').startsWith(`${n} resultat`), expected);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

describe.each([
  ['light', 375],
  ['light', 1280],
  ['dark', 375],
  ['dark', 1280],
] as const)('axe with the filters open, %s, %i px', (colorScheme, width) => {
  it.each(['/indsatser/2/', '/temaer/bolig/'])('finds 0 violations on %s', async (path) => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width, height: 900 }, colorScheme });
    try {
      await page.goto(site.url + path);
      await page.click('[data-list-filters] summary');
      await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('[data-list-filters]')!.open);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
      expect(result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
