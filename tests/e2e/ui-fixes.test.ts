/**
 * Issue 10, what readers noticed on the pages, proved in Chromium on the built site: the skip
 * link leaves <main> untinted, Mål 7 of a document is a few Tab presses away, Høje-Taastrup's
 * activities take the width, wide tables say they scroll and scroll by keyboard, long Danish
 * words in headings break with a hyphen (and stay whole for search and copying).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/catalogue/urls';
import da from '../../src/i18n/da.json';
import { newWatchedPage, openSite, type Site } from '../support/e2e';
import { realCatalogue } from '../support/real-content';
import { searchPage } from '../support/search';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const c = realCatalogue();

async function withPage(options: Parameters<typeof newWatchedPage>[1], run: (page: Page) => Promise<void>) {
  const { context, page, problems } = await newWatchedPage(site, { reducedMotion: 'reduce', ...options });
  try {
    await run(page);
  } finally {
    await context.close();
  }
  expect(problems).toEqual([]);
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

describe('the skip link (issue 10)', () => {
  it.each(['light', 'dark'] as const)('moves focus to <main> without tinting it (%s)', async (colorScheme) => {
    await withPage({ colorScheme, viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(`${site.url}${urls.goal(c.goals[0]!.id)}`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#indhold' && document.activeElement?.id === 'indhold');
      const main = await page.evaluate(() => {
        const s = getComputedStyle(document.getElementById('indhold')!);
        return { bg: s.backgroundColor, target: document.getElementById('indhold')!.matches(':target') };
      });
      expect(main).toEqual({ bg: TRANSPARENT, target: true });
    });
  });

  it('still highlights an entry opened by its anchor', async () => {
    const g = c.goals.find((x) => c.goalsOfDocument(x.document).length > 1)!;
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(`${site.url}${urls.inDocument(g.document, g.id)}`);
      const bg = await page.locator(`li#${g.id}`).evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(bg).not.toBe(TRANSPARENT);
    });
  });
});

describe('Tab presses to a goal on its document page (issue 10)', () => {
  const d = c.documents.find((x) => c.goalsOfDocument(x.id).some((g) => g.number === 7))!;
  const goal7 = c.goalsOfDocument(d.id).find((g) => g.number === 7)!;
  const targets = [`#${goal7.id}`, urls.goal(goal7.id)];

  /** Tab from the top of the page (Enter on the skip link when `skip`) until a link to Mål 7 has focus. */
  async function pressesToGoal7(page: Page, skip: boolean): Promise<number> {
    await page.goto(`${site.url}${urls.document(d.id)}`);
    await page.waitForLoadState('load');
    let presses = 0;
    if (skip) {
      await page.keyboard.press('Tab');
      presses++;
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#indhold');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'indhold');
    }
    for (; presses < 200; ) {
      await page.keyboard.press('Tab');
      presses++;
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (href && targets.includes(href)) return presses;
    }
    throw new Error(`no link to Mål 7 within 200 Tab presses on ${urls.document(d.id)}`);
  }

  it.each([375, 1280])('reaches Mål 7 in at most 20 presses after the skip link at %i px', async (width) => {
    await withPage({ viewport: { width, height: 800 } }, async (page) => {
      const withSkip = await pressesToGoal7(page, true);
      const fromTop = await pressesToGoal7(page, false);
      console.log(`${urls.document(d.id)} at ${width} px: Mål 7 after ${withSkip} Tab presses with the skip link, ${fromTop} without`);
      expect(withSkip).toBeLessThanOrEqual(20);
      // The contents' link leads into the card: Enter puts focus on Mål 7's heading.
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li[id]')?.id)).toBe(goal7.id);
    });
  });

  it('has one focusable copy control per entry at most: none in the cards, one on the goal\'s page copying its own permalink', async () => {
    await withPage({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      await page.goto(`${site.url}${urls.document(d.id)}`);
      await page.waitForLoadState('load');
      expect(await page.locator('main li[id] button').count()).toBe(0);
      await page.goto(`${site.url}${urls.goal(goal7.id)}`);
      const copy = page.locator('main button[data-copy]');
      await expect.poll(() => copy.isVisible()).toBe(true);
      expect(await copy.count()).toBe(1);
      await copy.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`https://integrationskataloget.dk${urls.goal(goal7.id)}`);
    });
  });
});

describe('the logic model (issue 10)', () => {
  const loneColumn = c.initiatives.filter((i) => i.activities.length > 0 && i.resources.length + i.outputs.length + i.indicators.length === 0);
  const someEmpty = c.initiatives.filter((i) => {
    const filled = [i.resources, i.activities, i.outputs, i.indicators].filter((l) => l.length > 0).length;
    return filled > 0 && filled < 4 && i.resources.length + i.outputs.length + i.indicators.length > 0;
  });

  it('gives an initiative with activities only (Høje-Taastrup) the reading width, not a quarter', async () => {
    expect(loneColumn.some((i) => i.id === 'hoeje-taastrup-2006-boligsocial-1')).toBe(true);
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      for (const i of loneColumn.slice(0, 3)) {
        await page.goto(`${site.url}${urls.initiative(i.id)}`);
        const { model, section } = await page.evaluate(() => ({
          model: document.querySelector('[data-logic-model]')!.getBoundingClientRect().width,
          section: document.querySelector('#forandringsteori')!.closest('section')!.getBoundingClientRect().width,
        }));
        expect(model / section, urls.initiative(i.id)).toBeGreaterThan(0.6);
      }
    });
  });

  it('gives columns with content more width than empty ones', async () => {
    expect(someEmpty.length).toBeGreaterThan(0);
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      for (const i of someEmpty) {
        await page.goto(`${site.url}${urls.initiative(i.id)}`);
        const widths = await page.$$eval('section:has(> #forandringsteori) ol > li', (lis) => lis.map((li) => ({ w: li.getBoundingClientRect().width, empty: li.querySelector('ul') === null })));
        expect(widths.some((x) => x.empty) && widths.some((x) => !x.empty), urls.initiative(i.id)).toBe(true);
        const full = Math.min(...widths.filter((x) => !x.empty).map((x) => x.w));
        const empty = Math.max(...widths.filter((x) => x.empty).map((x) => x.w));
        expect(full, urls.initiative(i.id)).toBeGreaterThan(empty * 1.5);
      }
    });
  });
});

describe('wide tables at 375 px (issue 10)', () => {
  it.each(['/relaterede-dokumenter/', '/data/'])('%s: says it scrolls, shows a shadow, and scrolls by keyboard', async (path) => {
    await withPage({ viewport: { width: 375, height: 800 } }, async (page) => {
      await page.goto(`${site.url}${path}`);
      const region = page.locator('main section[aria-label]:has(> table)').first();
      const info = await region.evaluate((e) => ({
        overflow: e.scrollWidth > e.clientWidth,
        tabindex: e.getAttribute('tabindex'),
        name: e.getAttribute('aria-label'),
        background: getComputedStyle(e).backgroundImage,
        hint: (() => {
          const hint = e.parentElement!.querySelector<HTMLElement>('[data-scroll-hint]');
          return hint && hint.getBoundingClientRect().height > 0 ? hint.textContent!.trim() : '';
        })(),
      }));
      expect(info.overflow).toBe(true);
      expect(info.tabindex).toBe('0');
      expect(info.name).toBeTruthy();
      expect(info.background).toMatch(/gradient/);
      expect(info.hint).toContain(da['table.scrollHint']);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    });
  });

  it('hides the hint where the table fits', async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(`${site.url}/relaterede-dokumenter/`);
      expect(await page.locator('[data-scroll-hint]').first().isVisible()).toBe(false);
    });
  });
});

describe('Danish hyphenation of headings (issue 10)', () => {
  /**
   * Where the heading's text wraps: the last character of each line but the last (a space that
   * Chromium moves to the next line counts as ending the line before).
   */
  const lineEnds = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((h) => {
      const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
      const ends: string[] = [];
      let lastTop: number | undefined;
      let prev = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n.textContent!;
        for (let i = 0; i < t.length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          // The last box: a letter right after a line-ending soft hyphen also reports the hyphen's.
          const rect = [...r.getClientRects()].filter((x) => x.width > 0).at(-1);
          if (!rect) {
            prev = t[i]!;
            continue;
          }
          if (lastTop !== undefined && rect.top > lastTop + 2) ends.push(/\s/.test(t[i]!) ? ' ' : prev);
          lastTop = rect.top;
          prev = t[i]!;
        }
      }
      return ends;
    });

  it('breaks a long compound in a heading at a hyphen, never mid-word without one (375 px)', async () => {
    const d = c.documents.find((x) => /\p{L}{25,}/u.test(x.title))!;
    expect(d).toBeDefined();
    await withPage({ viewport: { width: 375, height: 800 } }, async (page) => {
      await page.goto(`${site.url}${urls.document(d.id)}`);
      const ends = await lineEnds(page, 'h1');
      expect(ends.length).toBeGreaterThan(0);
      // A line ends after a space, a real hyphen, or a soft hyphen (drawn as "-").
      for (const e of ends) expect([' ', '-', '\u00AD']).toContain(e);
      expect(ends).toContain('\u00AD');
      const fits = await page.locator('h1').evaluate((h) => h.scrollWidth <= h.clientWidth);
      expect(fits).toBe(true);
    });
  });

  it('keeps the words whole when a heading is copied', async () => {
    const d = c.documents.find((x) => /\p{L}{25,}/u.test(x.title))!;
    await withPage({ viewport: { width: 375, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      await page.goto(`${site.url}${urls.document(d.id)}`);
      await page.waitForLoadState('load');
      expect(await page.locator('h1').evaluate((h) => h.textContent!.includes('\u00AD'))).toBe(true);
      await page.locator('h1').evaluate((h) => {
        const r = document.createRange();
        r.selectNodeContents(h);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      });
      await page.keyboard.press('Control+C');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(d.title);
    });
  });

  it.skipIf(!searchPage)('keeps the words whole in the search index: "integrationshandlingsprogram" finds the document', async () => {
    const d = c.documents.find((x) => /integrationshandlingsprogram/i.test(x.title))!;
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(`${site.url}/soeg/`);
      // Pagefind's own API, as the search page loads it (a string: Vite would rewrite import()).
      const found: { urls: string[]; softHyphens: boolean; withTitle: string[] } = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search('integrationshandlingsprogram');
        const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
        return {
          urls: data.map((x) => x.url),
          softHyphens: data.some((x) => x.content.includes('\\u00AD')),
          withTitle: data.filter((x) => x.content.includes(${JSON.stringify(d.title)})).map((x) => x.url),
        };
      })()`);
      expect(found.softHyphens).toBe(false);
      expect(found.urls).toContain(urls.document(d.id));
      // The page's indexed text has its (hyphenated) h1 as one whole title.
      expect(found.withTitle).toContain(urls.document(d.id));
    });
  });
});
