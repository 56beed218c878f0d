/** src/html/built.ts: the pages of a built site, and reading a page's head only. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapUrls } from '../../src/build/sitemap';
import { builtHtmlFiles, builtPageHeads, builtSitePages, readHead, readPage } from '../../src/html/built';
import { redirectsInBuild } from '../../src/permalinks/integration';

const SITE = 'https://katalog.example.dk';
const page = (path: string, head: string, body = '<h1>x</h1>') => `<!DOCTYPE html><html lang="da"><head>${head}<link rel="canonical" href="${SITE}${path}"></head><body>${body}</body></html>`;

let root: string;
const write = (rel: string, text: string) => {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'html-built-'));
  write('index.html', page('/', ''));
  write('kommuner/hilleroed/index.html', page('/kommuner/hilleroed/', ''));
  write('404.html', page('/404.html', '<meta name="robots" content="noindex">'));
  write('_astro/asset.html', 'not a page');
  write('pagefind/x.html', 'not a page');
  // A head with "</head>" inside a script string: the canonical link after it (to another page, so
  // this one is no sitemap address) still belongs to the head.
  write('script/index.html', page('/kommuner/hilleroed/', `<script type="application/ld+json">{"note": "</head>"}</script>`));
  // A head longer than one read block (16 KB) with "ø" (two bytes in UTF-8) across the block edge.
  const filler = 'x'.repeat(16 * 1024 - '<!DOCTYPE html><html lang="da"><head><meta name="description" content="'.length - 1);
  write('lang/index.html', page('/lang/', `<meta name="description" content="${filler}øst">`, '<p>ø</p>'.repeat(5000)));
  // A redirect page left at an old address.
  write('gammel/index.html', `<!DOCTYPE html><html lang="da" data-redirect-to="/ny/?a=1&amp;b=2"><head><meta name="robots" content="noindex"><link rel="canonical" href="${SITE}/ny/"></head><body></body></html>`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('built pages', () => {
  it('lists every HTML file by site address, sorted, without _astro/ and pagefind/', () => {
    expect(builtHtmlFiles(root).map((f) => f.url)).toEqual(['/', '/404.html', '/gammel/', '/kommuner/hilleroed/', '/lang/', '/script/']);
    expect(builtSitePages(root).map((f) => f.url)).toEqual(['/', '/gammel/', '/kommuner/hilleroed/', '/lang/', '/script/']);
    expect(builtHtmlFiles(root)[3]!.file).toBe(join(root, 'kommuner/hilleroed/index.html'));
  });

  it('refuses a folder without a built site, saying what to do', () => {
    expect(() => builtHtmlFiles(join(root, 'kommuner'))).toThrow(/no built site in .*kommuner \(no index.html\): run "npm run build" first/);
  });

  it('reads a head as the parser sees it: not cut at "</head>" in a script, not garbled at a block edge', () => {
    expect(readHead(join(root, 'script/index.html')).selectOne('link[rel=canonical]')?.attr('href')).toBe(`${SITE}/kommuner/hilleroed/`);
    const long = readHead(join(root, 'lang/index.html'));
    expect(long.selectOne('meta[name=description]')?.attr('content')).toMatch(/^x+øst$/);
    expect(long.selectOne('link[rel=canonical]')?.attr('href')).toBe(`${SITE}/lang/`);
    // Only the head was read: nothing of the body.
    expect(long.select('p')).toEqual([]);
    expect(readPage(join(root, 'lang/index.html')).select('p')).toHaveLength(5000);
  });

  it('gives the sitemap and _redirects the heads they read', () => {
    const heads = builtPageHeads(root);
    // Not /script/ (its canonical is another page), /gammel/ (noindex) or /404.html (not a site page).
    expect(sitemapUrls(heads, new URL(SITE))).toEqual([`${SITE}/`, `${SITE}/kommuner/hilleroed/`, `${SITE}/lang/`]);
    expect(redirectsInBuild(heads)).toEqual([{ from: '/gammel/', to: '/ny/?a=1&b=2' }]);
  });
});
