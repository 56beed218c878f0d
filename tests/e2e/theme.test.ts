/**
 * The colour theme: follows the system by default (also when the system setting changes while the
 * page is open, and without JavaScript); the header toggle (light / dark / system) works by
 * keyboard, is remembered across pages, and a stored choice is applied before the body is parsed
 * (no flash of the other theme). With JavaScript, <html data-theme> always names the theme shown.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newWatchedPage, openSite, type Site } from '../support/e2e';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Relative luminance of the page background: ~1 white, ~0 black. */
const pageBackground = (page: Page) =>
  page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    ctx.fillStyle = getComputedStyle(document.documentElement).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });

const state = (page: Page) =>
  page.evaluate(() => ({
    attribute: document.documentElement.getAttribute('data-theme'),
    stored: localStorage.getItem('theme'),
    pressed: [...document.querySelectorAll('[data-theme-choice]')].filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.getAttribute('data-theme-choice')),
  }));

/** Tabs to the toggle button with this accessible name and presses it with Enter. */
async function chooseByKeyboard(page: Page, name: string) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('title') ?? document.activeElement?.textContent?.trim());
    if (label === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`no "${name}" button within 20 Tab presses`);
}

describe('theme toggle', () => {
  it('follows the system colour scheme until the reader chooses', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page, problems } = await newWatchedPage(site, { colorScheme });
      await page.goto(site.url + '/');
      expect(await state(page)).toEqual({ attribute: colorScheme, stored: null, pressed: ['system'] });
      const bg = await pageBackground(page);
      if (colorScheme === 'dark') expect(bg).toBeLessThan(0.1);
      else expect(bg).toBeGreaterThan(0.9);
      // The system setting changes while the page is open: the page follows.
      const other = colorScheme === 'dark' ? 'light' : 'dark';
      await page.emulateMedia({ colorScheme: other });
      await expect.poll(() => state(page)).toEqual({ attribute: other, stored: null, pressed: ['system'] });
      const after = await pageBackground(page);
      if (other === 'dark') expect(after).toBeLessThan(0.1);
      else expect(after).toBeGreaterThan(0.9);
      await context.close();
      expect(problems).toEqual([]);
    }
  });

  it('follows the system colour scheme without JavaScript too (the sheet as built, linked in <noscript>)', async () => {
    // The colours of a few parts of the page: the same without JavaScript as with it.
    const colours = (page: Page) =>
      page.evaluate(() =>
        ['html', 'body > header', 'main h1', 'main a', 'footer'].map((sel) => {
          const s = getComputedStyle(document.querySelector(sel)!);
          return `${sel}: ${s.color} on ${s.backgroundColor}`;
        }),
      );
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of ['/', '/indsatser/hilleroed-2015-2018-indsats-4/', '/soeg/']) {
        const seen: string[][] = [];
        for (const javaScriptEnabled of [true, false]) {
          const { context, page, problems } = await newWatchedPage(site, { colorScheme, javaScriptEnabled });
          try {
            await page.goto(site.url + path);
            expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe(javaScriptEnabled ? colorScheme : null);
            const bg = await pageBackground(page);
            if (colorScheme === 'dark') expect(bg, path).toBeLessThan(0.1);
            else expect(bg, path).toBeGreaterThan(0.9);
            seen.push(await colours(page));
          } finally {
            await context.close();
          }
          expect(problems).toEqual([]);
        }
        expect(seen[1], `${path} (${colorScheme}) without JavaScript`).toEqual(seen[0]);
      }
    }
  });

  it('switches by keyboard, is remembered on the next page, and goes back to the system setting', async () => {
    const { context, page, problems } = await newWatchedPage(site, { colorScheme: 'light' });
    try {
      await page.goto(site.url + '/om/');
      const group = page.getByRole('group', { name: 'Farvetema' });
      expect(await group.isVisible()).toBe(true);
      expect(await group.getByRole('button').count()).toBe(3);

      await chooseByKeyboard(page, 'Mørkt tema');
      expect(await state(page)).toEqual({ attribute: 'dark', stored: 'dark', pressed: ['dark'] });
      expect(await pageBackground(page)).toBeLessThan(0.1);

      await page.goto(site.url + '/kommuner/');
      expect(await state(page)).toEqual({ attribute: 'dark', stored: 'dark', pressed: ['dark'] });
      expect(await pageBackground(page)).toBeLessThan(0.1);

      await chooseByKeyboard(page, 'Lyst tema');
      expect(await state(page)).toEqual({ attribute: 'light', stored: 'light', pressed: ['light'] });
      expect(await pageBackground(page)).toBeGreaterThan(0.9);
      // A light choice wins over a dark system setting.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await pageBackground(page)).toBeGreaterThan(0.9);

      await chooseByKeyboard(page, 'Følg systemets farvetema');
      expect(await state(page)).toEqual({ attribute: 'dark', stored: null, pressed: ['system'] });
      expect(await pageBackground(page)).toBeLessThan(0.1);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('applies a stored choice before the body is parsed (no flash of the other theme)', async () => {
    const { context, page, problems } = await newWatchedPage(site, { colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      // Record the theme at the moment <body> is created, before anything could be painted.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.url + '/temaer/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
    await context.close();
    expect(problems).toEqual([]);
  });
});
