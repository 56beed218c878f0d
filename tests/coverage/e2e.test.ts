/**
 * The overview and the map in a browser, on the built site: every cell of /overblik/ shows the
 * catalogue's number and leads to a list of exactly that many entries; the page, coverage.json
 * and the catalogue agree; the map on the front page and /kommuner/ has one link per municipality,
 * with the right address and accessible name, Christiansø drawn but not linked; the map is
 * reachable and visibly focused by keyboard, changes colour in dark mode and prints light; the
 * locator map highlights its municipality. (axe on these pages: tests/e2e/a11y.test.ts.)
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCoverage } from '../../src/coverage/coverage';
import { mapLabel } from '../../src/coverage/labels';
import type { CoverageExport } from '../../src/coverage/export';
import { newWatchedPage, openSite, type Site } from '../support/e2e';
import { focusInfo } from '../support/focus';
import { realCatalogue } from '../support/real-content';

const catalogue = realCatalogue();
const coverage = buildCoverage(catalogue);
const rows = coverage.regions.flatMap((r) => r.municipalities);

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('the coverage overview /overblik/', () => {
  it('shows every municipality once with the catalogue’s numbers, the same as coverage.json', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.url}/overblik/`);
      const table = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].map((t) => ({
          region: t.closest('section')!.querySelector('h2')!.id,
          rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
            href: tr.querySelector('th a')!.getAttribute('href'),
            cells: [...tr.querySelectorAll('td')].map((td) => ({ text: td.textContent!.trim(), href: td.querySelector('a')?.getAttribute('href') ?? null })),
          })),
        })),
      );
      expect(table.map((t) => t.region)).toEqual(coverage.regions.map((r) => `region-${r.id}`));
      const shown = table.flatMap((t) => t.rows);
      expect(shown.map((r) => r.href)).toEqual(rows.map((r) => `/kommuner/${r.municipality.id}/`));
      shown.forEach((r, i) => {
        const row = rows[i]!;
        const id = row.municipality.id;
        if (row.totals.total === 0) {
          expect(r.cells, id).toEqual([{ text: 'Intet indhold endnu', href: null }]);
          return;
        }
        expect(r.cells.map((c) => c.text), id).toEqual([row.totals.total, ...row.themes.map((x) => x.counts.total)].map(String));
        expect(r.cells.slice(1).map((c) => c.href), id).toEqual(row.themes.map((x) => (x.counts.total > 0 ? `/kommuner/${id}/#tema-${x.theme.id}` : null)));
      });

      // coverage.json holds what the page shows.
      const data = (await (await page.request.get(`${site.url}/data/coverage.json`)).json()) as CoverageExport;
      expect(data.municipalities.map((m) => m.id)).toEqual(rows.map((r) => r.municipality.id));
      shown.forEach((r, i) => {
        const m = data.municipalities[i]!;
        const expected = m.counts.total === 0 ? ['Intet indhold endnu'] : [m.counts.total, ...m.themes.map((t) => t.counts.total)].map(String);
        expect(r.cells.map((c) => c.text), m.id).toEqual(expected);
      });
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('leads from each cell to a list of exactly the entries it counts, without JavaScript', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    let checked = 0;
    try {
      for (const row of rows.filter((r) => r.totals.total > 0)) {
        await page.goto(`${site.url}/kommuner/${row.municipality.id}/`);
        const lists = await page.evaluate(() =>
          Object.fromEntries([...document.querySelectorAll('section[id^="tema-"]')].map((s) => [s.id, [...s.querySelectorAll('dd li a')].map((a) => a.getAttribute('href'))])),
        );
        for (const { theme, counts, entries } of row.themes) {
          const anchor = `tema-${theme.id}`;
          if (counts.total === 0) {
            expect(lists[anchor], `${row.municipality.id}#${anchor}`).toBeUndefined();
            continue;
          }
          const expected = [
            ...entries.documents.map((d) => `/dokumenter/${d.id}/`),
            ...entries.goals.map((g) => `/maal/${g.id}/`),
            ...entries.initiatives.map((x) => `/indsatser/${x.id}/`),
            ...entries.cases.map((x) => `/cases/${x.id}/`),
          ];
          expect(lists[anchor], `${row.municipality.id}#${anchor}`).toEqual(expected);
          expect(expected).toHaveLength(counts.total);
          checked++;
        }
      }
    } finally {
      await context.close();
    }
    expect(checked).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('puts no cell beside the page on a phone: each municipality is a block of "theme: number"', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 375, height: 800 } });
    try {
      await page.goto(`${site.url}/overblik/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const row = rows.find((r) => r.totals.total > 0)!;
      const covered = row.themes.find((x) => x.counts.total > 0)!;
      const cell = page.locator(`a[href="/kommuner/${row.municipality.id}/#tema-${covered.theme.id}"]`);
      await expect.poll(() => cell.evaluate((a) => getComputedStyle(a.parentElement!, '::before').content)).toBe(`"${covered.theme.label}: "`);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('the map of Denmark', () => {
  it.each(['/', '/kommuner/'])('on %s has one link per municipality with its address and accessible name', async (path) => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(site.url + path);
      const map = page.locator('#kort svg[role="group"]');
      const links = await map.evaluate((svg) =>
        [...svg.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), name: a.getAttribute('aria-label'), paths: a.querySelectorAll('path').length })),
      );
      expect(links).toHaveLength(98);
      expect(links.map((l) => l.href).sort()).toEqual(catalogue.municipalities.map((m) => `/kommuner/${m.id}/`).sort());
      for (const l of links) {
        const m = catalogue.municipalities.find((x) => `/kommuner/${x.id}/` === l.href)!;
        expect(l.name, m.id).toBe(mapLabel(m.name, coverage.of(m.id)!.totals));
        expect(l.paths, m.id).toBe(1);
      }
      // The accessible name the browser computes is that label.
      const hilleroed = coverage.of('hilleroed')!;
      await expect.poll(() => page.getByRole('link', { name: mapLabel('Hillerød', hilleroed.totals), exact: true }).count()).toBe(1);
      // Christiansø: drawn, hidden from assistive technology, not a link.
      const unlinked = await map.evaluate((svg) => [...svg.querySelectorAll('path')].filter((p) => !p.closest('a')).map((p) => p.getAttribute('aria-hidden')));
      expect(unlinked).toEqual(['true']);
      // One link away from the numbers as a table; the attribution under it.
      expect(await page.locator('#kort figcaption a[href="/overblik/"]').count()).toBe(1);
      const svgSize = gzipSync(await map.evaluate((svg) => svg.outerHTML)).length;
      console.log(`map on ${path}: ${svgSize} B gzip`);
      expect(svgSize).toBeLessThan(60_000);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('is reachable by keyboard with a visible focus that changes the municipality’s colour', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    try {
      await page.goto(`${site.url}/kommuner/`);
      const first = page.locator('#kort svg a').first();
      const before = await first.evaluate((a) => getComputedStyle(a).fill);
      // Tab until the focus is in the map.
      for (let i = 0; i < 200 && !(await page.evaluate(() => !!document.activeElement?.closest('#kort svg'))); i++) await page.keyboard.press('Tab');
      const info = await focusInfo(page);
      expect(info.invisible, `${info.href}: ${info.outline}`).toBe('');
      expect(info.href).toBe(await first.getAttribute('href'));
      expect(await first.evaluate((a) => getComputedStyle(a).fill)).not.toBe(before);
      await Promise.all([page.waitForURL((u) => u.pathname === info.href), page.keyboard.press('Enter')]);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('has other colours in dark mode, and the light ones on paper', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    try {
      await page.goto(`${site.url}/kommuner/`);
      const fill = () => page.locator('#kort svg a').first().evaluate((a) => getComputedStyle(a).fill);
      const dark = await fill();
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const printed = await fill();
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      const light = await fill();
      expect(dark).not.toBe(light);
      expect(printed).toBe(light);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('on a municipality page is a small picture with that municipality highlighted', async () => {
    const { context, page, problems } = await newWatchedPage(site, { viewport: { width: 375, height: 800 } });
    try {
      await page.goto(`${site.url}/kommuner/frederiksberg/`);
      const locator = page.getByRole('img', { name: 'Danmarkskort med Frederiksberg Kommune fremhævet' });
      await expect.poll(() => locator.count()).toBe(1);
      expect(await locator.locator('a').count()).toBe(0);
      // Frederiksberg is too small to see at this size: a ring marks it.
      expect(await locator.locator('circle').count()).toBe(1);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
