/**
 * The pruned stylesheets (src/weight/) change nothing a reader sees: on one page of every page
 * type, every element (and its ::before, ::after and ::marker) has the same computed style (every
 * property but custom properties) with
 * the page's own stylesheet as with the whole site's stylesheet, at 375 and 1280 px, light and
 * dark (the system setting and the toggle's explicit choice). The page is opened with
 * ?highlight= so the highlighter's <mark>s are there too, and its scripts have run (the live
 * region, the shown copy buttons, html.js).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSitePages, readHead } from '../../src/html/built';
import { FULL_SHEET, routeOf } from '../../src/weight/step';
import { DIST } from '../support/dist';
import { newWatchedPage, openSite, type Site } from '../support/e2e';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const sheetOf = (file: string) => readHead(file).selectOne('link[rel=stylesheet]')?.attr('href');
const pages = builtSitePages(DIST);
/** The whole sheet: what the pages that keep it link. */
const fullSheet = sheetOf(pages.find((p) => p.url === FULL_SHEET[0])!.file)!;
/** One page per page type (the first in address order), with the sheet it links. */
const firstOfType = new Map<string, (typeof pages)[number]>();
for (const p of pages) if (!FULL_SHEET.includes(p.url) && !firstOfType.has(routeOf(p.url))) firstOfType.set(routeOf(p.url), p);
const samples = [...firstOfType.values()].map((p) => ({ url: p.url, sheet: sheetOf(p.file) }));

/**
 * Every element's computed style (and that of its ::before and ::after where they have content,
 * and its ::marker where it is a list item), in document order, kept in the page under `key`.
 * Compared in the page, so only differences cross to the test.
 */
const recordStyles = (page: Page, key: string) =>
  page.evaluate((key) => {
    const out: string[] = [];
    const describe = (s: CSSStyleDeclaration) => {
      let v = '';
      // Custom properties are not what a reader sees: a variable no kept rule reads is dropped on
      // purpose, and what the kept ones do shows in the real properties compared here.
      for (let i = 0; i < s.length; i++) if (!s[i]!.startsWith('--')) v += `${s[i]}: ${s.getPropertyValue(s[i]!)}; `;
      return v;
    };
    for (const el of document.querySelectorAll('*')) {
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''}`;
      const own = getComputedStyle(el);
      out.push(`${name} { ${describe(own)}}`);
      for (const pseudo of ['::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if (s.content !== 'none' && s.content !== 'normal') out.push(`${name}${pseudo} { ${describe(s)}}`);
      }
      if (own.display === 'list-item') out.push(`${name}::marker { ${describe(getComputedStyle(el, '::marker'))}}`);
    }
    (window as unknown as Record<string, string[]>)[key] = out;
    return out.length;
  }, key);

/** The first differences between two recorded style lists (property by property). */
const differences = (page: Page, a: string, b: string) =>
  page.evaluate(
    ([a, b]) => {
      const w = window as unknown as Record<string, string[]>;
      const [x, y] = [w[a]!, w[b]!];
      if (x.length !== y.length) return [`${x.length} styled boxes against ${y.length}`];
      const diffs: string[] = [];
      for (let i = 0; i < x.length && diffs.length < 5; i++) {
        if (x[i] === y[i]) continue;
        const props = (s: string) => new Set(s.slice(s.indexOf('{') + 1).split('; '));
        const [px, py] = [props(x[i]!), props(y[i]!)];
        diffs.push(`${x[i]!.slice(0, x[i]!.indexOf('{'))}: own sheet ${[...px].filter((p) => !py.has(p)).join('; ')} | whole sheet ${[...py].filter((p) => !px.has(p)).join('; ')}`);
      }
      return diffs;
    },
    [a, b] as const,
  );

/** Replaces the page's stylesheet with `href` and waits until the new one has loaded. */
const useSheet = (page: Page, href: string) =>
  page.evaluate(
    (href) =>
      new Promise<void>((done, fail) => {
        const old = document.querySelector('link[rel=stylesheet]')!;
        const next = document.createElement('link');
        next.rel = 'stylesheet';
        next.href = href;
        next.onload = () => {
          old.remove();
          done();
        };
        next.onerror = () => fail(new Error(`could not load ${href}`));
        old.after(next);
      }),
    href,
  );

describe('pruned stylesheets', () => {
  it('exist: every page type but the script-built pages links a sheet smaller than the whole', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
    for (const s of samples) expect(s.sheet, s.url).not.toBe(fullSheet);
  });

  const modes = [
    { width: 375, scheme: 'light' as const },
    { width: 375, scheme: 'dark' as const },
    { width: 1280, scheme: 'light' as const },
    { width: 1280, scheme: 'dark' as const },
    { width: 1280, scheme: 'light' as const, toggle: 'dark' },
  ];
  for (const mode of modes) {
    describe(`${mode.width} px, ${mode.scheme}${mode.toggle ? `, toggle ${mode.toggle}` : ''}`, () => {
      let opened: Awaited<ReturnType<typeof newWatchedPage>>;
      beforeAll(async () => {
        opened = await newWatchedPage(site, { viewport: { width: mode.width, height: 900 }, colorScheme: mode.scheme });
        if (mode.toggle) await opened.context.addInitScript((t) => localStorage.setItem('theme', t), mode.toggle);
      });
      afterAll(async () => {
        await opened?.context.close();
      });

      for (const sample of samples) {
        it(`${sample.url} looks as with the whole sheet`, async () => {
          const { page, problems } = opened;
          await page.goto(`${site.url}${sample.url}?highlight=kommune`);
          // The highlighter is loaded on demand by the pages with a search record (src/search/highlight-on-load.ts):
          // there, wait until its marks are in; a page without one (the front page, /kommuner/ …) never loads it.
          await page.waitForFunction(
            () =>
              document.readyState === 'complete' &&
              document.documentElement.classList.contains('js') &&
              (document.documentElement.dataset.highlighted !== undefined || !document.querySelector('[data-search-record]')),
          );
          expect(await recordStyles(page, 'own')).toBeGreaterThan(50);
          await useSheet(page, fullSheet);
          await recordStyles(page, 'whole');
          expect(await differences(page, 'own', 'whole'), `${sample.url} (${sample.sheet})`).toEqual([]);
          expect(problems).toEqual([]);
        });
      }
    });
  }
});
