/**
 * The search in Chromium on the built site, as a reader uses it: the header box, typing on the
 * search page, a filter chip, a result that opens at its heading with the words highlighted, the
 * URL as the state, sorting, "Mente du …", and the page without JavaScript. Every page runs under
 * the site's CSP; any console error, CSP violation or failed request fails the test.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, newWatchedPage, openSite, type Site } from '../support/e2e';
import { shownResults, waitForSearch } from './drive';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const status = (page: Page) => page.locator('[data-search-status]').textContent();

describe('search page', () => {
  it('types a query, applies a filter, opens a result and lands on its heading with the words marked', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    try {
      // The header box is a plain form on every page.
      await page.goto(`${site.url}/temaer/uddannelse/`);
      await page.getByRole('searchbox', { name: 'Søg i kataloget' }).fill('speeddating');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/soeg\/\?q=speeddating$/);
      await waitForSearch(page, 'speeddating');

      // Typing on the search page searches as you type, announced in the live region.
      const input = page.getByRole('searchbox', { name: 'Søgeord' });
      await input.fill('');
      await input.pressSequentially('rundbordssamtaler', { delay: 20 });
      await waitForSearch(page, 'rundbordssamtaler');
      expect(await status(page)).toBe('2 resultater for »rundbordssamtaler«.');
      expect(await page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
      expect(new URL(page.url()).search).toBe('?q=rundbordssamtaler');
      // The initiative's own page is the best hit, before the document that lists it.
      expect((await shownResults(page)).map((r) => r.page)).toEqual([
        '/indsatser/kerteminde-2016-uddannelse-3/',
        '/dokumenter/kerteminde-integrationspolitik-2016/',
      ]);
      // No generated keyword ever shows.
      expect(await page.locator('main').innerText()).not.toMatch(/[⟦⟧]/);

      // A filter chip is a real checkbox with its count; keyboard operable.
      const chip = page.getByRole('checkbox', { name: 'Dokument (1)' });
      await chip.focus();
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('med 1 filter'));
      expect(await status(page)).toBe('1 resultat for »rundbordssamtaler« med 1 filter.');
      expect(new URL(page.url()).search).toBe('?q=rundbordssamtaler&type=dokument');
      // The chip keeps the focus while the counts change around it.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('dokument');

      // The document result offers the initiative inside it; open that.
      const sub = page.locator('[data-search-results] > li ul a', { hasText: 'Netværk og rundbordssamtaler om den enkelte flygtning' });
      expect(await sub.getAttribute('href')).toMatch(/^\/dokumenter\/kerteminde-integrationspolitik-2016\/\?highlight=[^#]*rundbordssamtaler[^#]*#kerteminde-2016-uddannelse-3$/);
      await sub.click();
      await page.waitForURL(/#kerteminde-2016-uddannelse-3$/);
      await page.waitForSelector('mark.search-hit');
      // Let a smooth scroll to the anchor finish.
      await page.waitForFunction(() => {
        const top = document.querySelector(':target')?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < innerHeight / 2;
      });
      const landed = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const box = target?.getBoundingClientRect();
        return {
          id: target?.id,
          // Without the heading's soft hyphens (src/components/hyphenate.ts), which are not text.
          heading: target?.querySelector('h3, h4')?.textContent?.replace(/\u00AD/g, '').trim(),
          headingMarks: [...(target?.querySelectorAll('h3 mark.search-hit, h4 mark.search-hit') ?? [])].map((m) => m.textContent!.replace(/\u00AD/g, '')),
          inView: box ? box.top >= 0 && box.top < innerHeight : false,
          marks: [...(target?.querySelectorAll('mark.search-hit') ?? [])].map((m) => m.textContent),
        };
      });
      expect(landed.id).toBe('kerteminde-2016-uddannelse-3');
      expect(landed.heading).toBe('3: Netværk og rundbordssamtaler om den enkelte flygtning');
      expect(landed.inView).toBe(true);
      expect(landed.marks).toContain('rundbordssamtaler');
      expect(landed.headingMarks).toEqual(['rundbordssamtaler']);

      // Back on the search page, query and filter come back from the URL.
      await page.goBack();
      await waitForSearch(page, 'rundbordssamtaler');
      expect(await input.inputValue()).toBe('rundbordssamtaler');
      expect(await page.getByRole('checkbox', { name: /^Dokument/ }).isChecked()).toBe(true);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('restores a shared search from its URL, with ASCII spelling, filters and sorting', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.url}/soeg/?q=boern&kommune=hilleroed&sort=nyeste`);
      await waitForSearch(page, 'boern');
      expect(await page.getByRole('checkbox', { name: /^Hillerød/ }).isChecked()).toBe(true);
      expect(await page.locator('#soeg-sort').inputValue()).toBe('nyeste');
      const kickers = await page.locator('[data-search-results] > li > p:first-child').allTextContents();
      expect(kickers.length).toBeGreaterThan(2);
      for (const k of kickers) expect(k).toMatch(/^(Indsats|Mål|Dokument|Kommune) · Hillerød Kommune|^Kommune$/);
      // Newest first: the first year of each result never increases down the list.
      const years = kickers.map((k) => Number(k.match(/\b(19|20)\d\d\b/)?.[0] ?? 0)).filter(Boolean);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      expect(new Set(years).size).toBeGreaterThan(1);
      // »boern« found »børn« and is marked as such.
      const marks = await page.locator('[data-search-results] mark').allTextContents();
      expect(marks.filter((m) => /børn/i.test(m)).length).toBeGreaterThan(0);
      for (const m of marks) expect(m).not.toMatch(/[⟦⟧]|^boern$/);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('sorts by year in the browser: oldest first, and a short browse in reading order within a year', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.url}/soeg/?type=maal&kommune=hilleroed&sort=aeldste`);
      await waitForSearch(page, '');
      const kickers = await page.locator('[data-search-results] > li > p:first-child').allTextContents();
      const titles = await page.locator('[data-search-results] > li h3').allTextContents();
      const years = kickers.map((k) => Number(k.match(/\b(19|20)\d\d\b/)?.[0] ?? 0));
      expect(years.every(Boolean)).toBe(true);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      // Hillerød 2012's goal first, then the 2015-18 programme's goals as the document numbers them.
      expect(years[0]).toBe(2012);
      const numbers = titles.map((t) => t.match(/^Mål (\d+):/)?.[1]).filter(Boolean).map(Number);
      expect(numbers.length).toBeGreaterThanOrEqual(9);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('on a large index loads a filter group’s counts only when the group is opened', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    try {
      // Make the index look large (Pagefind itself does not read the page count).
      await page.route('**/pagefind/pagefind-entry.json', async (route) => {
        const response = await route.fetch();
        const json = (await response.json()) as { languages: Record<string, { page_count: number }> };
        for (const l of Object.values(json.languages)) l.page_count = 100_000;
        await route.fulfill({ response, json });
      });
      const filterFiles: string[] = [];
      page.on('request', (r) => r.url().includes('/pagefind/filter/') && filterFiles.push(r.url()));
      await page.goto(`${site.url}/soeg/?q=flygtninge`);
      await waitForSearch(page, 'flygtninge');
      expect(filterFiles).toEqual([]);
      const group = page.locator('[data-filter-group="type"]');
      expect(await group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await group.locator('summary').click();
      const chip = page.getByRole('checkbox', { name: /^Indsats \(\d+\)$/ });
      await chip.waitFor();
      expect(filterFiles.length).toBe(1);
      const count = Number((await chip.locator('xpath=..').innerText()).match(/\((\d+)\)/)![1]);
      await chip.check();
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('med 1 filter'));
      expect(await status(page)).toBe(`${count} resultater for »flygtninge« med 1 filter.`);
      const kickers = await page.locator('[data-search-results] > li > p:first-child').allTextContents();
      for (const k of kickers) expect(k).toMatch(/^Indsats · /);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('respells a word typed without æ/ø/å from the catalogue’s own words, and says so', async () => {
    const { context, page, problems } = await newWatchedPage(site);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    try {
      // The index has no ASCII spellings: »smaaboern« is searched as »småbørn«, »Hillerod« as »Hillerød«.
      for (const [typed, spelled, expected] of [
        ['smaaboern', 'småbørn', '/maal/hoeje-taastrup-2006-maal-boern-og-unge-1/'],
        ['Hillerod', 'Hillerød', '/kommuner/hilleroed/'],
      ] as const) {
        await page.goto(`${site.url}/soeg/?q=${typed}`);
        await waitForSearch(page, typed);
        expect(await page.locator('[data-search-hint]').textContent()).toBe(`Viser resultater for »${spelled}«. Søg i stedet efter »${typed}«`);
        expect((await shownResults(page))[0]?.page).toBe(expected);
      }
      // Only the small list of words with æ/ø/å was needed, not the whole word list.
      expect(fetched).toContain('/soeg/stavemaader.json');
      expect(fetched).not.toContain('/soeg/ordliste.json');
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('searches the corrected word of a misspelt query at once, and the query as typed on request', async () => {
    const { context, page, problems } = await newWatchedPage(site);
    try {
      await page.goto(`${site.url}/soeg/?q=venskabsfamilje`);
      await waitForSearch(page, 'venskabsfamilje');
      // Searched as corrected at once, and said so, with the query as typed one click away.
      expect(await status(page)).toMatch(/^\d+ resultater? for »venskabsfamilie«\./);
      expect(await page.locator('[data-search-hint]').textContent()).toBe('Viser resultater for »venskabsfamilie«. Søg i stedet efter »venskabsfamilje«');
      expect((await shownResults(page)).map((r) => r.page)).toContain('/indsatser/hilleroed-2015-2018-indsats-6/');
      expect(new URL(page.url()).search).toBe('?q=venskabsfamilje');

      // As typed, the word matches nothing of its own: no junk matches of other words are listed.
      await page.locator('[data-search-hint] a').click();
      await waitForSearch(page, 'venskabsfamilje');
      expect(new URL(page.url()).search).toBe('?q=venskabsfamilje&ordret=1');
      expect(await page.locator('[data-search-results] > li').count()).toBe(0);
      expect(await status(page)).toContain('Ingen resultater for »venskabsfamilje«.');
      expect(await page.locator('[data-search-hint]').textContent()).toBe('Mente du »venskabsfamilie«?');

      await page.locator('[data-search-hint] a').click();
      await waitForSearch(page, 'venskabsfamilie');
      expect((await shownResults(page)).map((r) => r.page)).toContain('/indsatser/hilleroed-2015-2018-indsats-6/');
      expect(new URL(page.url()).search).toBe('?q=venskabsfamilie');
      expect(await page.locator('[data-search-hint]').isHidden()).toBe(true);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('does not find entry pages by the labels they all share', async () => {
    const { context, page, problems } = await newWatchedPage(site);
    try {
      // Every result of the index, not only the first ten: a label word must not match a page
      // that does not say it (the kicker "Indsats · Hillerød" and the metadata are not searched).
      await page.goto(`${site.url}/soeg/`);
      // (A string, so the test runner does not rewrite the page's import().)
      const everywhere = (await page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        await pf.options({ noWorker: true });
        const urls = async (q) => Promise.all((await pf.search(q)).results.map(async (r) => (await r.data()).url));
        return { indsats: await urls('indsats'), kommune: await urls('kommune'), maal: await urls('mål') };
      })()`)) as Record<'indsats' | 'kommune' | 'maal', string[]>;
      expect(everywhere.indsats).not.toContain('/indsatser/hilleroed-2012-indsats-13/');
      expect(everywhere.kommune).not.toContain('/indsatser/hilleroed-2012-indsats-13/');
      expect(everywhere.kommune).not.toContain('/temaer/sundhed/');
      expect(everywhere.maal).not.toContain('/maal/hoeje-taastrup-2006-maal-bolig-1/');
      expect(everywhere.indsats.length).toBeGreaterThan(10);
      for (const label of ['forandringsteori', 'kildefil', 'kopiér link', 'succeskriterier langsigtede']) {
        await page.goto(`${site.url}/soeg/?q=${encodeURIComponent(label)}`);
        await waitForSearch(page, label);
        // Pages that match every word of the label; a page with one of its words in its own text
        // ("LINK", an organisation) may follow as a partial match.
        const pages = (await shownResults(page)).filter((r) => !r.partial).map((r) => r.page);
        expect(pages.filter((p) => /^\/(indsatser|maal|cases|kommuner|temaer)\//.test(p)), label).toEqual([]);
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('says so without JavaScript and links to the browse pages', async () => {
    const context = await newContext(site.browser, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/soeg/?q=bolig`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Søgningen virker kun med JavaScript');
      for (const name of ['Kommuner', 'Dokumenter', 'Temaer', 'Cases']) {
        expect(await page.locator('main').getByRole('link', { name, exact: true }).count()).toBe(1);
      }
      expect(await page.getByRole('searchbox', { name: 'Søgeord' }).isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
