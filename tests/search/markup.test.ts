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
import { SORTS } from '../../src/search/record';

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
      const html = byUrl.get(url)?.html ?? '';
      const body = html.slice(html.search(/\sdata-pagefind-body[\s>]/));
      const missing = [
        /data-pagefind-filter="type\[value\]" value="(indsats|maal|dokument|case|kommune|tema)"/,
        ...Object.values(SORTS).map((s) => new RegExp(`data-pagefind-sort="${s.key}\\[value\\]" value="\\d{8}(-\\d{7})?"`)),
        /data-pagefind-meta="title\[value\]" value="[^"]+"/,
      ].filter((re) => !re.test(body));
      if (missing.length) wrong.push(`${url}: ${missing.join(', ')}`);
    }
    expect(wrong).toEqual([]);
    expect(recordUrls.length).toBeGreaterThan(200);
  });

  it('dates every entry of a dated document, and sorts undated pages last both ways', () => {
    const html = byUrl.get('/indsatser/hilleroed-2015-2018-indsats-4/')!.html;
    expect(html).toMatch(/data-pagefind-sort="nyeste\[value\]" value="20150000-\d{7}"/);
    expect(html).toMatch(/data-pagefind-sort="aeldste\[value\]" value="20150000-\d{7}"/);
    const theme = byUrl.get('/temaer/bolig/')!.html;
    expect(theme).toContain(`data-pagefind-sort="nyeste[value]" value="${SORTS.nyeste.undated}"`);
    expect(theme).toContain(`data-pagefind-sort="aeldste[value]" value="${SORTS.aeldste.undated}"`);
  });

  it('makes every goal, initiative and case on a document page an anchor with its heading as title', () => {
    const missing = [...c.goals, ...c.initiatives, ...c.cases]
      .filter((x) => !new RegExp(`<li id="${x.id}"[^>]*data-pagefind-title="[^"]+"`).test(byUrl.get(`/dokumenter/${x.document}/`)?.html ?? ''))
      .map((x) => x.id);
    expect(missing).toEqual([]);
  });

  it('keeps labels out of the index', () => {
    const page = byUrl.get('/indsatser/hilleroed-2015-2018-indsats-4/')!.html;
    for (const label of ['Forandringsteori', 'Mål, som indsatsen bidrager til']) {
      expect(page).toMatch(new RegExp(`<h2 id="[\\w-]+"[^>]*data-pagefind-ignore[^>]*>${label}`));
    }
    expect(page).toMatch(/<dt[^>]*data-pagefind-ignore[^>]*>Dokument<\/dt>/);
  });

  it('runs no inline code on the search page, and has the header search box everywhere else', () => {
    const html = byUrl.get('/soeg/')!.html;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, code] of scripts) {
      expect(code!.trim(), `inline script on /soeg/: <script${attrs}>`).toBe('');
      expect(attrs).toMatch(/\ssrc="\//);
    }
    expect(html).toContain('data-search-results');
    expect(html).not.toContain('id="header-q"');
    expect(byUrl.get('/indsatser/hilleroed-2015-2018-indsats-4/')!.html).toMatch(/<form role="search"[^>]*action="\/soeg\/" method="get"/);
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
