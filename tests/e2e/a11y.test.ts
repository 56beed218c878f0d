/**
 * Accessibility in a real browser: axe-core (WCAG 2.0/2.1 A and AA rules) on every page type
 * (the search page with results included), in light and dark colour scheme, at 375 px and
 * 1280 px: 0 violations. One test per page and setting, each in its own context, so a slow page
 * on a busy machine has its own time limit. The pages run under the site's Content-Security-
 * Policy; any CSP violation, console error or failed request fails the test.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage, openSite, PAGE_TYPES, type Site } from '../support/e2e';
import { searchPage } from '../support/search';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const describeViolations = (violations: Result[]) =>
  violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  );

const COMPARE = '/sammenlign/?kommuner=hilleroed,hoeje-taastrup';
const pages = Object.entries({ ...PAGE_TYPES, soeg: searchPage.url, sammenlign: COMPARE });

describe.each([
  ['light', 375],
  ['light', 1280],
  ['dark', 375],
  ['dark', 1280],
] as const)('axe, %s colour scheme, %i px', (colorScheme, width) => {
  it.each(pages)('finds 0 violations on %s (%s)', async (name, path) => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width, height: 900 }, colorScheme });
    try {
      await page.goto(site.url + path);
      if (name === 'soeg') await searchPage.waitForResults(page);
      if (name === 'sammenlign') await page.locator('[data-compare-results] section').first().waitFor();
      // Legacy mode runs axe in the page itself (no extra page per run: the site has no iframes);
      // details are collected for violations only, which halves the time on long pages.
      const result = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
      expect(describeViolations(result.violations)).toEqual([]);
      // A run that checked nothing would prove nothing.
      expect(result.passes.length, `${path}: axe checked nothing`).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
