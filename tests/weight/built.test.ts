/**
 * The page-weight step on the built site (src/weight/step.ts): each page type links its own part
 * of the stylesheet, the script-built pages keep the whole, citation downloads are files beside
 * their page, and the first view of an entry page loads no code a reader needs only on a click,
 * with ?highlight= or with an anchor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstView } from '../../src/weight/first-view';
import { FULL_SHEET, routeOf } from '../../src/weight/step';
import { builtPages, DIST, fileFor } from '../support/dist';

const pages = builtPages().filter((p) => !p.isRedirect);
const sheetsOf = (p: (typeof pages)[number]) => p.page.select('link[rel=stylesheet]').map((l) => l.attr('href')!);
const wholeSheet = sheetsOf(pages.find((p) => p.url === FULL_SHEET[0])!)[0]!;
const gz = (path: string) => gzipSync(readFileSync(fileFor(path)!)).length;

describe('a stylesheet per page type', () => {
  it('every page links exactly one stylesheet: the whole one on the script-built pages, its type’s own on every other', () => {
    const wrong: string[] = [];
    for (const p of pages) {
      const sheets = sheetsOf(p);
      const full = FULL_SHEET.includes(p.url);
      if (sheets.length !== 1) wrong.push(`${p.url}: ${sheets.length} stylesheets`);
      else if (full ? sheets[0] !== wholeSheet : !/^\/_astro\/styles\.[\w-]{10}\.css$/.test(sheets[0]!)) wrong.push(`${p.url}: ${sheets[0]}`);
    }
    expect(wrong).toEqual([]);
  });

  it('pages of one type share one sheet, and each sheet is smaller than the whole', () => {
    const byType = new Map<string, Set<string>>();
    for (const p of pages.filter((p) => !FULL_SHEET.includes(p.url))) {
      const set = byType.get(routeOf(p.url)) ?? new Set<string>();
      set.add(sheetsOf(p)[0]!);
      byType.set(routeOf(p.url), set);
    }
    for (const [type, sheets] of byType) expect([...sheets], type).toHaveLength(1);
    const whole = gz(wholeSheet);
    for (const [type, [sheet]] of [...byType].map(([t, s]) => [t, [...s]] as const)) expect(gz(sheet!), type).toBeLessThan(whole);
  });
});

describe('downloads', () => {
  it('no page carries a data: download; each download is a file of the site, the citations of an entry beside its page', () => {
    const inline: string[] = [];
    let beside = 0;
    for (const p of pages) {
      for (const a of p.page.select('a[download]')) {
        const href = a.attr('href') ?? '';
        if (!href.startsWith('/') || !existsSync(fileFor(href) ?? '')) inline.push(`${p.url}: ${href.slice(0, 60)}`);
        else if (href.startsWith(p.url)) beside++;
      }
    }
    expect(inline).toEqual([]);
    // The citation downloads (.bib, .json) of every entry page are written beside it.
    expect(beside).toBeGreaterThan(100);
  });
});

describe('first view of an entry page', () => {
  const initiative = '/indsatser/hilleroed-2015-2018-indsats-4/';

  it('loads neither the copy/share actions, nor the highlighter, nor the anchor focus', () => {
    const view = firstView(DIST, initiative);
    const scripts = view.files.filter((f) => f.kind === 'js').map((f) => f.path);
    expect(scripts.length).toBeGreaterThan(0);
    for (const lazy of ['share-actions', 'highlight', 'anchor-focus', 'fold', 'preload-helper']) {
      expect(scripts.filter((s) => s.includes(lazy)), lazy).toEqual([]);
    }
  });

  it('weighs less than the page with the whole stylesheet and every script loaded at once did', () => {
    const view = firstView(DIST, initiative);
    // The whole sheet and the eager scripts (share actions, anchor focus, highlighter + fold) the page loaded before.
    const before = view.html + gz(wholeSheet);
    expect(view.css).toBeLessThan(gz(wholeSheet) * 0.8);
    expect(view.total).toBeLessThan(before);
    expect(view.js).toBeLessThan(2 * 1024);
  });
});
