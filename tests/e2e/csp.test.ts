/**
 * The Content-Security-Policy in a real browser: the server sends it (from dist/_headers) as well
 * as the page's <meta>; it really blocks inline script and style (so the other browser tests,
 * which fail on any violation, run under an enforced policy); and search — Pagefind's worker and
 * WebAssembly — works under it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader } from '../../src/build/csp';
import { newWatchedPage, openSite, type Site } from '../support/e2e';
import { searchPage } from '../support/search';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('Content-Security-Policy in the browser', () => {
  it('is sent as a header and blocks injected inline script and style', async () => {
    const { context, page, problems } = await newWatchedPage(site);
    try {
      const response = await page.goto(site.url + '/maal/hilleroed-2015-2018-maal-4/');
      expect(response?.headers()['content-security-policy']).toBe(cspHeader);
      expect(response?.headers()['x-content-type-options']).toBe('nosniff');
      const result = await page.evaluate(async () => {
        // Wait for the policy's verdict on both (a violation event each), not for a while.
        const blocked = new Set<string>();
        const both = new Promise<void>((ok) =>
          document.addEventListener('securitypolicyviolation', (e) => {
            blocked.add(e.effectiveDirective.replace(/-(elem|attr)$/, ''));
            if (blocked.has('script-src') && blocked.has('style-src')) ok();
          }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { display: none }';
        document.head.append(style);
        await both;
        return {
          inlineRan: (window as unknown as { inlineRan?: boolean }).inlineRan ?? false,
          bodyDisplay: getComputedStyle(document.body).display,
        };
      });
      expect(result).toEqual({ inlineRan: false, bodyDisplay: 'flex' });
    } finally {
      await context.close();
    }
    // The watcher saw both violations: that is how every other browser test would fail.
    expect(problems.filter((p) => /CSP violation: script-src/.test(p)).length).toBeGreaterThanOrEqual(1);
    expect(problems.filter((p) => /CSP violation: style-src/.test(p)).length).toBeGreaterThanOrEqual(1);
  });

  it('lets search run: Pagefind loads its WebAssembly and index without a violation', async () => {
    const { context, page, problems } = await newWatchedPage(site);
    const workers: string[] = [];
    const loaded: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    try {
      await page.goto(site.url + searchPage.url);
      await searchPage.waitForResults(page);
    } finally {
      await context.close();
    }
    expect(loaded).toContain('/pagefind/pagefind.js');
    expect(loaded.some((p) => /^\/pagefind\/wasm\.[a-z]+\.pagefind$/.test(p))).toBe(true);
    // The site runs Pagefind on the main thread (noWorker); a worker, if any, must be Pagefind's own.
    expect(workers.filter((w) => w !== '/pagefind/pagefind-worker.js')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
