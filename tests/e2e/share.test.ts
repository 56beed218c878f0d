/**
 * Sharing in a real browser (Chromium, built site): a shared link to an initiative's anchor on
 * its document page lands with that heading focused; "Kopiér link" puts the canonical URL on
 * the clipboard and says so to screen readers; without JavaScript there are no dead buttons.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openSite, watchContext, type Site } from '../support/e2e';

const DOC = '/dokumenter/hilleroed-integrationshandlingsprogram-2015-2018/';
const INITIATIVE = 'hilleroed-2015-2018-indsats-4';
const GOAL = 'hilleroed-2015-2018-maal-2';

let site: Site;
let server: { url: string };

beforeAll(async () => {
  site = await openSite();
  server = { url: site.url };
});
afterAll(async () => {
  await site?.close();
});

async function withPage<T>(options: Parameters<Browser['newContext']>[0], run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await newContext(site.browser, { ...options, reducedMotion: 'reduce' });
  // Console errors, page errors, CSP violations and failed requests fail the test.
  const problems = await watchContext(context, server.url);
  const page = await context.newPage();
  try {
    const result = await run(page, context);
    expect(problems).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    // Headings carry soft hyphens (src/components/hyphenate.ts): invisible, so not part of the text read.
    return { tag: el.tagName, text: el.textContent?.replace(/\u00AD/g, '').trim() ?? '', inside: el.closest('[id]')?.id ?? '' };
  });
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const liveText = (page: Page) => page.evaluate(() => document.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '');

describe('a shared link to an anchor on a document page', () => {
  it('opens with the initiative highlighted and its heading focused', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${server.url}${DOC}#${INITIATIVE}`);
      await page.waitForLoadState('load');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H3', text: 'Indsats 4: Kompetenceudvikling i folkeskolen', inside: INITIATIVE });
      expect(await page.locator(`li#${INITIATIVE}`).evaluate((el) => el.matches(':target'))).toBe(true);
      // The highlight is visible: the target's background differs from its neighbour's.
      const bg = (id: string) => page.locator(`li#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await bg(INITIATIVE)).not.toBe(await bg('hilleroed-2015-2018-indsats-5'));
      // The heading is in view.
      const box = (await page.locator(`li#${INITIATIVE} h3`).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(page.viewportSize()!.height);
    });
  });

  it('moves focus again when a link on the page changes the anchor', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${server.url}${DOC}#${INITIATIVE}`);
      await page.waitForLoadState('load');
      await page.locator(`li#${INITIATIVE} a[href="#${GOAL}"]`).click();
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'H3', inside: GOAL });
      expect(page.url()).toMatch(new RegExp(`#${GOAL}$`));
    });
  });

  it('has no copy button of its own there: its heading links to its one permalink, its own page', async () => {
    // Issue 10: a copy button on every card cost keyboard users dozens of Tab stops, and copied
    // the document anchor, a second link to the same entry. The entry page's button copies it.
    await withPage(clipboard, async (page) => {
      await page.goto(`${server.url}${DOC}#${INITIATIVE}`);
      await page.waitForLoadState('load');
      expect(await page.locator(`li#${INITIATIVE} button`).count()).toBe(0);
      expect(await page.locator(`li#${INITIATIVE} h3 a`).getAttribute('href')).toBe(`/indsatser/${INITIATIVE}/`);
    });
  });
});

describe('"Kopiér link" on an entry page', () => {
  for (const path of [`/indsatser/${INITIATIVE}/`, `/maal/${GOAL}/`, '/cases/kl-2016-vejle-fast-track/']) {
    it(`puts the canonical URL of ${path} on the clipboard and announces it`, async () => {
      await withPage(clipboard, async (page) => {
        await page.goto(`${server.url}${path}`);
        const button = page.locator('main button[data-copy]').first();
        await expect.poll(() => button.isVisible()).toBe(true);
        await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
        await button.click();
        const url = await canonical(page);
        expect(url).toBe(`https://integrationskataloget.dk${path}`);
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
        await expect.poll(() => liveText(page)).toBe('Link kopieret');
        // Focus stays on the button, so keyboard users can go on from where they were.
        expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-copy'))).toBe(true);
      });
    });
  }

  it('copies the Danish reference from the Citér block', async () => {
    await withPage(clipboard, async (page) => {
      await page.goto(`${server.url}/indsatser/${INITIATIVE}/`);
      const button = page.locator('button[data-copy-from="citer-tekst"]');
      await button.click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toMatch(/^Hillerød Kommune \(2015\): Indsats 4: »Kompetenceudvikling i folkeskolen«\. I: Integrationshandlingsprogram 2015-2018, .*https:\/\/integrationskataloget\.dk\/indsatser\/hilleroed-2015-2018-indsats-4\/\. Hentet \d{1,2}\. \p{L}+ \d{4}\.$/u);
      await expect.poll(() => liveText(page)).toBe('Henvisning kopieret');
      // BibTeX sits in a closed <details>; its button copies it once opened.
      await page.locator('summary', { hasText: 'BibTeX' }).click();
      await page.locator('button[data-copy-from="citer-bibtex"]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@incollection\{hilleroed-2015-2018-indsats-4,\n/);
    });
  });

  it('offers the native share sheet only where the browser has one, with the canonical URL', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${server.url}/indsatser/${INITIATIVE}/`);
      expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
      expect(await page.locator('button[data-share]').isVisible()).toBe(false);
    });
    await withPage({}, async (page) => {
      await page.addInitScript(() => {
        (window as unknown as { shared: unknown[] }).shared = [];
        Object.defineProperty(navigator, 'share', {
          value: async (data: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(data),
        });
      });
      await page.goto(`${server.url}/indsatser/${INITIATIVE}/`);
      const button = page.locator('main button[data-share]');
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared))
        .toEqual([{ title: 'Indsats 4: Kompetenceudvikling i folkeskolen', url: `https://integrationskataloget.dk/indsatser/${INITIATIVE}/` }]);
    });
  });
});

describe('without JavaScript', () => {
  it('shows no copy or share button anywhere, and the anchor still scrolls to its target', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      for (const path of [`${DOC}#${INITIATIVE}`, `/indsatser/${INITIATIVE}/`]) {
        await page.goto(`${server.url}${path}`);
        const buttons = page.locator('button[data-copy], button[data-copy-from], button[data-share]');
        expect(await buttons.count()).toBeGreaterThan(0);
        const visible = await buttons.evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
        expect(visible).toBe(0);
      }
      await page.goto(`${server.url}${DOC}#${INITIATIVE}`);
      const box = (await page.locator(`li#${INITIATIVE}`).boundingBox())!;
      expect(box.y).toBeLessThan(page.viewportSize()!.height);
    });
  });
});
