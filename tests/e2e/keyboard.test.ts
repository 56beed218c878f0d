/**
 * Keyboard only: from the front page to a municipality, a document, a goal, an initiative, a
 * theme and a case with nothing but Tab and Enter. On every page the first Tab reaches a visible
 * skip link that moves focus to <main>; every element that receives focus on the way shows a
 * visible focus indicator (outline ≥ 2 px, contrast ≥ 3:1 with its background).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage, openSite, type Site } from '../support/e2e';
import { focusInfo, type FocusInfo } from '../support/focus';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Every focus stop on the way, for the visible-focus assertion. */
type Stop = FocusInfo & { page: string };

async function skipToMain(page: Page, stops: Stop[]) {
  await page.keyboard.press('Tab');
  const skip = await focusInfo(page);
  stops.push({ ...skip, page: new URL(page.url()).pathname });
  expect(skip.href, `first Tab on ${page.url()} is the skip link`).toBe('#indhold');
  expect(skip.text).toBe('Spring til indhold');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id }));
  expect(focused, `the skip link moves focus to <main> on ${page.url()}`).toEqual({ tag: 'MAIN', id: 'indhold' });
}

/** Tabs forward until the link to `href` has focus (at most `limit` stops), then follows it. */
async function tabToAndFollow(page: Page, href: string, stops: Stop[], limit = 300) {
  const from = new URL(page.url()).pathname;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    stops.push({ ...info, page: from });
    if (info.href === href) {
      expect(info.inMain, `${href} is reached in the main content of ${from}`).toBe(true);
      await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
      return i + 1;
    }
  }
  throw new Error(`no link to ${href} within ${limit} Tab presses on ${from}`);
}

describe('keyboard navigation', () => {
  it.each([375, 1280])('reaches every page type from the front page at %i px, with visible focus', async (width) => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width, height: 800 }, reducedMotion: 'reduce' }); // instant scrolling: the focus is measured where it lands, not mid-scroll
    const stops: Stop[] = [];
    const route = [
      '/kommuner/hilleroed/',
      '/dokumenter/hilleroed-integrationshandlingsprogram-2015-2018/',
      '/maal/hilleroed-2015-2018-maal-4/',
      '/indsatser/hilleroed-2015-2018-indsats-1/',
      '/temaer/modtagelse/',
      '/cases/kl-2016-vejle-fast-track/',
    ];
    try {
      await page.goto(site.url + '/');
      const presses: Record<string, number> = {};
      for (const href of route) {
        await skipToMain(page, stops);
        presses[href] = await tabToAndFollow(page, href, stops);
      }
      expect(new URL(page.url()).pathname).toBe('/cases/kl-2016-vejle-fast-track/');
      expect(await page.locator('h1').count()).toBe(1);
      // The route went through main content, not by a long walk through the chrome.
      for (const [href, n] of Object.entries(presses)) expect(n, `Tab presses to ${href}`).toBeLessThan(120);
    } finally {
      await context.close();
    }
    const invisible = stops.filter((s) => s.invisible).map((s) => `${s.page}: <${s.tag}> "${s.text}" ${s.href ?? ''}: ${s.invisible} [${s.outline}]`);
    expect(invisible).toEqual([]);
    expect(stops.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('shows visible focus on every control of the header and footer', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const stops: Stop[] = [];
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(site.url + '/om/');
        // Walk the whole page once, wrapping back to the start.
        for (let i = 0; i < 80; i++) {
          await page.keyboard.press('Tab');
          const info = await focusInfo(page);
          if (info.tag === 'none' || (i > 0 && info.href === '#indhold')) break;
          stops.push({ ...info, page: `/om/ (${colorScheme})` });
        }
      }
    } finally {
      await context.close();
    }
    expect(stops.filter((s) => s.inHeader).length).toBeGreaterThanOrEqual(7);
    expect(stops.some((s) => s.href === '/tilgaengelighed/')).toBe(true);
    const invisible = stops.filter((s) => s.invisible).map((s) => `${s.page}: <${s.tag}> "${s.text}": ${s.invisible} [${s.outline}]`);
    expect(invisible).toEqual([]);
    expect(problems).toEqual([]);
  });
});
