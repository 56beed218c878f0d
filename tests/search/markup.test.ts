/**
 * The search contract in the built HTML (npm test builds first): every catalogue page carries its
 * search record (type filter, both sort keys, title), every goal, initiative and case on a
 * document page is a titled anchor, the search page runs no inline code, and the index and word
 * list are there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/dist';
import { realCatalogue } from '../support/real-content';

const c = realCatalogue();
const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));

const recordUrls = [
  ...c.documents.map((x) => `/dokumenter/${x.id}/`),
  ...c.goals.map((x) => `/maal/${x.id}/`),
  ...c.initiatives.map((x) => `/indsatser/${x.id}/`),
  ...c.cases.map((x) => `/cases/${x.id}/`),
  ...c.municipalities.map((x) => `/kommuner/${x.id}/`),
  ...c.themes.map((x) => `/temaer/${x.id}/`),
];

describe('search markup', () => {
  it('gives every catalogue page its type filter, both sort keys and a title, inside the indexed record', () => {
    const wrong: string[] = [];
    for (const url of recordUrls) {
      const bodies = byUrl.get(url)?.page.select('[data-pagefind-body]') ?? [];
      if (bodies.length !== 1) {
        wrong.push(`${url}: ${bodies.length} elements with data-pagefind-body`);
        continue;
      }
      const body = bodies[0]!;
      // Each record field is an element inside the indexed body with the attribute and a value="…".
      const has = (attr: string, value: RegExp) => body.select(`[${attr}][value]`).some((e) => value.test(e.attr(attr)!) && /./.test(e.attr('value')!));
      const valueOf = (attr: string, key: string) => body.select(`[${attr}="${key}[value]"]`).map((e) => e.attr('value') ?? '');
      const missing = [
        !valueOf('data-pagefind-filter', 'type').some((v) => /^(indsats|maal|dokument|case|kommune|tema)$/.test(v)) && 'type filter',
        !has('data-pagefind-meta', /^title\[value\]$/) && 'title meta',
      ].filter(Boolean);
      if (missing.length) wrong.push(`${url}: ${missing.join(', ')}`);
    }
    expect(wrong).toEqual([]);
    expect(recordUrls.length).toBeGreaterThan(200);
  });

  it('gives every entry of a dated document its years (the search sorts by them), and no page a sort key', () => {
    const years = (url: string) => byUrl.get(url)!.page.select('[data-pagefind-filter="aar[value]"]').map((e) => e.attr('value'));
    expect(years('/indsatser/hilleroed-2015-2018-indsats-4/')).toEqual(['2015', '2016', '2017', '2018']);
    expect(years('/temaer/bolig/')).toEqual([]);
    // Each sort key would cost every first search a page order of the whole index (year-sort.ts).
    expect(pages.filter((p) => p.page.select('[data-pagefind-sort]').length > 0).map((p) => p.url)).toEqual([]);
  });

  it('makes every goal, initiative and case on a document page an anchor with its heading as title', () => {
    const missing = [...c.goals, ...c.initiatives, ...c.cases]
      .filter((x) => !byUrl.get(`/dokumenter/${x.document}/`)?.page.selectOne(`li[id="${x.id}"]`)?.attr('data-pagefind-title'))
      .map((x) => x.id);
    expect(missing).toEqual([]);
  });

  it('keeps labels out of the index', () => {
    const page = byUrl.get('/indsatser/hilleroed-2015-2018-indsats-4/')!.page;
    for (const label of ['Forandringsteori', 'Mål, som indsatsen bidrager til']) {
      expect(page.select('h2[id][data-pagefind-ignore]').map((h) => h.text)).toContainEqual(expect.stringMatching(new RegExp(`^${label}`)));
    }
    expect(page.select('dt[data-pagefind-ignore]').map((e) => e.text)).toContain('Dokument');
  });

  it('runs no inline code on the search page, and has the header search box everywhere else', () => {
    const page = byUrl.get('/soeg/')!.page;
    const scripts = page.select('script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(s.textContent.trim(), `inline script on /soeg/: ${s.startTag}`).toBe('');
      expect(s.attr('src')).toMatch(/^\//);
    }
    expect(page.select('[data-search-results]').length).toBeGreaterThan(0);
    expect(page.select('#header-q')).toEqual([]);
    const form = byUrl.get('/indsatser/hilleroed-2015-2018-indsats-4/')!.page.select('form[role=search]');
    expect(form.map((f) => [f.attr('action'), f.attr('method')])).toEqual([['/soeg/', 'get']]);
  });

  it('writes the Pagefind index for Danish and the word list, without the unused UI bundles', () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('wasm.da.pagefind');
    expect(files.some((f) => /^pagefind\.da_.*\.pf_meta$/.test(f))).toBe(true);
    expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
    const words = JSON.parse(readFileSync(join(DIST, 'soeg', 'ordliste.json'), 'utf8')) as [string, number][];
    expect(words.map(([w]) => w)).toEqual(expect.arrayContaining(['flygtninge', 'boligplacering', 'asylansøger']));
    expect(existsSync(join(DIST, 'soeg', 'index.html'))).toBe(true);
  });
});
