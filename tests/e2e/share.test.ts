/**
 * Sharing in a real browser (Chromium, built site): a shared link to an initiative's anchor on
 * its document page lands with that heading focused; "Kopiér link" puts the canonical URL on
 * the clipboard and says so to screen readers; the Citér block shows and copies BibTeX and
 * CSL-JSON fetched from the files beside the page; without JavaScript there are no dead buttons
 * and the files still download.
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

  for (const { format, id, ext, copied } of [
    { format: 'BibTeX', id: 'citer-bibtex', ext: 'bib', copied: 'BibTeX kopieret' },
    { format: 'CSL-JSON', id: 'citer-csl', ext: 'json', copied: 'CSL-JSON kopieret' },
  ]) {
    it(`shows the ${format} text when its details open, fetched from the .${ext} file beside the page, and copies it`, async () => {
      await withPage(clipboard, async (page) => {
        const path = `/indsatser/${INITIATIVE}/`;
        await page.goto(`${server.url}${path}`);
        // The page does not carry the text: it is the download file, fetched on opening.
        const file = await (await page.request.get(`${server.url}${path}${INITIATIVE}.${ext}`)).text();
        expect(file).toContain(`https://integrationskataloget.dk${path}`);
        const pre = page.locator(`pre#${id}`);
        expect(await pre.textContent()).toBe('');
        expect(await pre.isVisible()).toBe(false);
        await page.locator('summary', { hasText: new RegExp(`^${format}$`) }).click();
        await expect.poll(() => pre.isVisible()).toBe(true);
        expect(await pre.textContent()).toBe(file);
        await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
        await page.locator(`button[data-copy-from="${id}"]`).click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(file);
        await expect.poll(() => liveText(page)).toBe(copied);
      });
    });
  }

  it('says so in the details when the citation file cannot be fetched, and the copy button reports a failure', async () => {
    // Not a watched page: the failing request is the point here.
    const context = await newContext(site.browser, { ...clipboard, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.route(`**/${INITIATIVE}.bib`, (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto(`${server.url}/indsatser/${INITIATIVE}/`);
      await page.locator('summary', { hasText: /^BibTeX$/ }).click();
      const pre = page.locator('pre#citer-bibtex');
      await expect.poll(() => pre.isVisible()).toBe(true);
      expect(await pre.textContent()).toBe('Teksten kunne ikke hentes. Hent filen med linket herunder.');
      await page.locator('button[data-copy-from="citer-bibtex"]').click();
      await expect.poll(() => liveText(page)).toBe('Kunne ikke kopiere – kopiér adressen fra adresselinjen');
    } finally {
      await context.close();
    }
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

  it('gives BibTeX and CSL-JSON as downloads in their details', async () => {
    await withPage({ javaScriptEnabled: false, acceptDownloads: true }, async (page) => {
      const path = `/indsatser/${INITIATIVE}/`;
      await page.goto(`${server.url}${path}`);
      for (const [format, ext] of [['BibTeX', 'bib'], ['CSL-JSON', 'json']] as const) {
        const details = page.locator('details', { has: page.locator('summary', { hasText: new RegExp(`^${format}$`) }) });
        await details.locator('summary').click();
        const link = details.locator('a[data-cite-download]');
        expect(await link.isVisible()).toBe(true);
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toBe(`${INITIATIVE}.${ext}`);
        const chunks: Buffer[] = [];
        for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
        const text = Buffer.concat(chunks).toString('utf8');
        expect(text).toContain(`https://integrationskataloget.dk${path}`);
      }
    });
  });
});
