/**
 * Old addresses keep working (issue #5). Builds the site from a copy of the content in which an
 * initiative, a document and a section were renamed the safe way (redirectFrom) and
 * content/redirects.yaml moves an old anchor and an old theme, then follows old links in Chromium,
 * with and without JavaScript. The build goes to its own folder and cache, so dist/ is untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/html/built';
import type { HtmlPage } from '../../src/html/page';
import { builtPages, fileFor } from '../support/dist';
import { buildCopy, copyContent, type ContentCopy } from '../support/content-copy';
import { serveDist } from '../support/server';
import { connectBrowser, newContext, watchContext } from '../support/e2e';

const SITE = 'https://integrationskataloget.dk';
const DOC = 'hilleroed-integrationshandlingsprogram-2015-2018';
const OLD_INITIATIVE = 'hilleroed-2015-2018-indsats-4';
const NEW_INITIATIVE = 'hilleroed-2015-2018-indsats-4-kompetenceudvikling';
const OLD_DOC = 'hilleroed-integrationshandlingsprogram-2012';
const NEW_DOC = 'hilleroed-integrationshandlingsprogram-2012-2013';
const KERTEMINDE = 'kerteminde-integrationspolitik-2016';

let copy: ContentCopy;
let dist: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  copy = copyContent('catalogue-redirects-');
  copy.replace(`documents/${DOC}/initiatives.yaml`, `- id: ${OLD_INITIATIVE}\n`, `- id: ${NEW_INITIATIVE}\n  redirectFrom: [${OLD_INITIATIVE}]\n`);
  copy.move(`documents/${OLD_DOC}`, `documents/${NEW_DOC}`);
  copy.replace(`documents/${NEW_DOC}/document.yaml`, `id: ${OLD_DOC}\n`, `id: ${NEW_DOC}\nredirectFrom: [${OLD_DOC}]\n`);
  copy.replace(`documents/${KERTEMINDE}/document.yaml`, '  - id: uddannelse\n', '  - id: uddannelse-og-skole\n    redirectFrom: [uddannelse]\n');
  for (const part of ['goals.yaml', 'initiatives.yaml']) {
    try {
      copy.replaceAll(`documents/${KERTEMINDE}/${part}`, 'section: uddannelse\n', 'section: uddannelse-og-skole\n');
    } catch {
      // this file has no entry in the section
    }
  }
  copy.write(
    'redirects.yaml',
    [
      '- from: /temaer/integration/',
      '  to: /temaer/medborgerskab/',
      '  note: Test – et tema, der aldrig fandtes.',
      `- from: /dokumenter/${DOC}/#gammelt-anker`,
      '  to: /indsatser/hilleroed-2015-2018-indsats-1/',
    ].join('\n') + '\n',
  );
  dist = buildCopy(copy);
  server = await serveDist(dist);
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  copy?.remove();
});

const html = (path: string) => readPage(fileFor(path, dist)!);

describe('the built redirect pages', () => {
  it('leave a static page at each old address: meta refresh, canonical, noindex and a visible link to the new page', () => {
    const page = html(`/indsatser/${OLD_INITIATIVE}/`);
    const refresh = (p: HtmlPage) => p.select('meta[http-equiv=refresh]').map((m) => m.attr('content'));
    const canonical = (p: HtmlPage) => p.select('link[rel=canonical]').map((l) => l.attr('href'));
    expect(refresh(page)).toEqual([`0; url=/indsatser/${NEW_INITIATIVE}/`]);
    expect(canonical(page)).toEqual([`${SITE}/indsatser/${NEW_INITIATIVE}/`]);
    expect(page.select('meta[name=robots]').map((m) => m.attr('content'))).toEqual(['noindex']);
    expect(page.select(`a[href="/indsatser/${NEW_INITIATIVE}/"]`).map((a) => a.innerSource)).toContain('Indsats 4: Kompetenceudvikling i folkeskolen');
    expect(page.selectOne('html')!.attr('lang')).toBe('da');
    expect(page.headings().filter((h) => h.level === 1)).toHaveLength(1);
    expect(page.select('script[type=module][src^="/_astro/"][src$=".js"]').filter((s) => s.textContent === '').length).toBeGreaterThan(0);
    expect(page.select('script').filter((s) => !s.has('src') && s.textContent.trim() !== '')).toEqual([]);
    expect(canonical(html(`/dokumenter/${OLD_DOC}/`))).toEqual([`${SITE}/dokumenter/${NEW_DOC}/`]);
    expect(refresh(html('/temaer/integration/'))).toEqual(['0; url=/temaer/medborgerskab/']);
  });

  it('write one 301 per old address to _redirects, and keep redirect pages out of the sitemap', () => {
    const rules = readFileSync(join(dist, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).sort();
    expect(rules).toEqual(
      [
        `/dokumenter/${OLD_DOC}/ /dokumenter/${NEW_DOC}/ 301`,
        `/indsatser/${OLD_INITIATIVE}/ /indsatser/${NEW_INITIATIVE}/ 301`,
        '/temaer/integration/ /temaer/medborgerskab/ 301',
      ].sort(),
    );
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).not.toContain(`/indsatser/${OLD_INITIATIVE}/<`);
    expect(sitemap).not.toContain(`/dokumenter/${OLD_DOC}/<`);
    expect(sitemap).toContain(`${SITE}/indsatser/${NEW_INITIATIVE}/<`);
    expect(sitemap).toContain(`${SITE}/dokumenter/${NEW_DOC}/<`);
  });

  it('keep old anchors on the document pages, inside the entry they lead to', () => {
    const pages = new Map(builtPages(dist).map((p) => [p.url, p]));
    // The alias is the entry's first child, an empty <span> with the old id.
    const alias = pages.get(`/dokumenter/${DOC}/`)!.page.selectOne(`li[id="${NEW_INITIATIVE}"]`)!.children[0]!;
    expect([alias.source, alias.node.prev === null]).toEqual([`<span id="${OLD_INITIATIVE}" data-alias-for="${NEW_INITIATIVE}"></span>`, true]);
    expect(pages.get(`/dokumenter/${KERTEMINDE}/`)!.page.select('span#uddannelse').map((s) => s.source)).toEqual(['<span id="uddannelse" data-alias-for="uddannelse-og-skole"></span>']);
    expect(pages.get(`/dokumenter/${DOC}/`)!.page.select('span#gammelt-anker').map((s) => s.source)).toEqual([
      '<span id="gammelt-anker" data-moved-to="/indsatser/hilleroed-2015-2018-indsats-1/"></span>',
    ]);
  });
});

async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await newContext(browser, { javaScriptEnabled, reducedMotion: 'reduce' });
  const problems = await watchContext(context, server.url);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return {
    page,
    close: async () => {
      await context.close();
      expect(problems).toEqual([]);
    },
  };
}
const focusedIn = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} in #${document.activeElement?.parentElement?.closest('[id]')?.id}`);

describe('following an old link in Chromium', () => {
  it('an old initiative address opens the renamed initiative', async () => {
    const { page, close } = await open(`/indsatser/${OLD_INITIATIVE}/`);
    await page.waitForURL(`**/indsatser/${NEW_INITIATIVE}/`);
    // Without the heading's soft hyphens (src/components/hyphenate.ts), which are not text.
    expect((await page.locator('h1').textContent())!.replace(/\u00AD/g, '')).toContain('Kompetenceudvikling i folkeskolen');
    await close();
  });

  it('an old document address with an anchor opens the renamed document at that anchor, heading focused', async () => {
    const { page, close } = await open(`/dokumenter/${OLD_DOC}/#hilleroed-2012-indsats-3`);
    await page.waitForURL(`**/dokumenter/${NEW_DOC}/#hilleroed-2012-indsats-3`);
    await expect.poll(() => focusedIn(page)).toBe('H3 in #hilleroed-2012-indsats-3');
    await close();
  });

  it('an old anchor on a document page becomes the new anchor, with its heading focused', async () => {
    const { page, close } = await open(`/dokumenter/${DOC}/#${OLD_INITIATIVE}`);
    await page.waitForURL(`**/dokumenter/${DOC}/#${NEW_INITIATIVE}`);
    await expect.poll(() => focusedIn(page)).toBe(`H3 in #${NEW_INITIATIVE}`);
    expect(await page.locator(`li#${NEW_INITIATIVE}`).evaluate((el) => el.matches(':target'))).toBe(true);
    await close();

    const section = await open(`/dokumenter/${KERTEMINDE}/#uddannelse`);
    await section.page.waitForURL('**/#uddannelse-og-skole');
    await expect.poll(() => focusedIn(section.page)).toBe('H3 in #uddannelse-og-skole');
    await section.close();
  });

  it('an old anchor moved to another page forwards there', async () => {
    const { page, close } = await open(`/dokumenter/${DOC}/#gammelt-anker`);
    await page.waitForURL('**/indsatser/hilleroed-2015-2018-indsats-1/');
    await close();
  });

  it('without JavaScript the meta refresh still forwards, and an old anchor still lands on its entry', async () => {
    const { page, close } = await open(`/indsatser/${OLD_INITIATIVE}/`, false);
    await page.waitForURL(`**/indsatser/${NEW_INITIATIVE}/`);
    await page.goto(`${server.url}/dokumenter/${DOC}/#${OLD_INITIATIVE}`);
    const entry = page.locator(`li#${NEW_INITIATIVE}`);
    const box = (await entry.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(page.viewportSize()!.height / 2);
    const bg = (id: string) => page.locator(`li#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bg(NEW_INITIATIVE)).not.toBe(await bg('hilleroed-2015-2018-indsats-5'));
    await close();
  });
});
