/**
 * src/lists/ without a build: on a generated corpus large enough to need many pages, every list
 * and theme holds each entry once and no page exceeds PAGE_SIZE; the pager has a fixed size; the
 * permalink model knows every list page and refuses an entry id that takes a list page's address;
 * a locked list page that is gone gets a message that says what to add.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../src/corpus/corpus';
import { urls } from '../../src/catalogue/urls';
import { LISTS, listPageUrls, listRows, pageCount, pagerItems, PAGE_SIZE, themeListRows } from '../../src/lists/lists';
import { buildPermalinks, checkLock } from '../../src/permalinks/model';
import { permalinkInputFromCatalogue, readPermalinkInput } from '../../src/permalinks/input';
import { catalogueFrom, ROOT } from '../support/real-content';
import { filterOptions, recordForCase, recordForDocument, recordForInitiative } from '../../src/search/record';

const dir = mkdtempSync(join(tmpdir(), 'lists-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeCorpus(dir, generateCorpus({ seed: 3, municipalities: 8, cases: 60, casesPerCatalogue: 20, relatedDocuments: 5, contentRoot: join(ROOT, 'content') }));
const c = catalogueFrom(dir);

describe('lists on a generated corpus', () => {
  it('is large enough to need several pages per list and per theme', () => {
    expect(c.initiatives.length).toBeGreaterThan(4 * PAGE_SIZE);
    expect(c.themes.some((x) => themeListRows(c, x.id).length > PAGE_SIZE)).toBe(true);
  });

  it('holds each entry of each kind exactly once', () => {
    const keys = (kind: (typeof LISTS)[number]['kind']) => listRows(c, kind).map((r) => r.key);
    expect(keys('initiatives').sort()).toEqual(c.initiatives.map((x) => x.id).sort());
    expect(keys('goals').sort()).toEqual(c.goals.map((x) => x.id).sort());
    expect(keys('cases').sort()).toEqual(c.cases.map((x) => x.id).sort());
    expect(keys('documents').sort()).toEqual(c.documents.map((x) => x.id).sort());
    expect(keys('criteria').length).toBe(c.initiatives.reduce((n, i) => n + i.successCriteria.length, 0));
    expect(new Set(keys('criteria')).size).toBe(keys('criteria').length);
  });

  it('lists a theme’s entries once each: a case of several municipalities is one row naming them all', () => {
    for (const theme of c.themes) {
      const rows = themeListRows(c, theme.id);
      expect(new Set(rows.map((r) => r.key)).size, theme.id).toBe(rows.length);
      const n = c.themeCounts(theme.id);
      expect(rows.length, theme.id).toBe(n.documents + n.goals + n.initiatives + n.cases);
      for (const r of rows.filter((x) => x.kind === 'cases')) expect(r.municipalities.map((m) => m.id)).toEqual(c.case(r.key)!.municipalities);
    }
    expect(c.cases.some((x) => x.municipalities.length > 1)).toBe(true);
  });

  it('builds exactly the pages its rows need', () => {
    const pages = listPageUrls(c);
    expect(new Set(pages).size).toBe(pages.length);
    for (const l of LISTS) {
      const n = pageCount(listRows(c, l.kind).length);
      expect(pages).toContain(urls.listPage(l.first, n));
      expect(pages).not.toContain(urls.listPage(l.first, n + 1));
    }
    // A theme's first page is the theme's own page (an entry page of the permalink model).
    for (const x of c.themes) expect(pages).not.toContain(urls.theme(x.id));
  });
});

describe('search filters the lists link to', () => {
  it('give every document, goal, initiative and case its document’s type (the lists’ "Dokumenttype" filter)', () => {
    for (const i of c.initiatives) expect(recordForInitiative(c, i).filters.dokumenttype).toEqual([c.document(i.document)!.type]);
    for (const x of c.cases) expect(recordForCase(c, x).filters.dokumenttype).toEqual([c.document(x.document)!.type]);
    for (const d of c.documents) expect(recordForDocument(c, d).filters.dokumenttype).toEqual([d.type]);
    expect(filterOptions(c).dokumenttype.map((o) => o.value).sort()).toEqual([...new Set(c.documents.map((d) => d.type))].sort());
  });
});

describe('pager', () => {
  it('shows at most 9 items, the first, the last and the neighbours of the current page', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(1, 3)).toEqual([1, 2, 3]);
    expect(pagerItems(10, 71)).toEqual([1, null, 8, 9, 10, 11, 12, null, 71]);
    expect(pagerItems(71, 71)).toEqual([1, null, 69, 70, 71]);
    for (let last = 1; last < 200; last += 7) for (let cur = 1; cur <= last; cur++) expect(pagerItems(cur, last).length).toBeLessThanOrEqual(9);
  });
});

describe('list pages and the permalink lock', () => {
  it('puts every list page into the permalink model, before and during the build alike', () => {
    const before = buildPermalinks(readPermalinkInput(dir, ROOT).input);
    const during = buildPermalinks(permalinkInputFromCatalogue(c, ROOT, dir));
    for (const url of listPageUrls(c)) {
      expect(before.pages.has(url), url).toBe(true);
      expect(during.pages.has(url), url).toBe(true);
    }
    expect([...before.pages].sort()).toEqual([...during.pages].sort());
  });

  it('refuses an entry whose id would take the address of a list page', () => {
    const input = permalinkInputFromCatalogue(c, ROOT, dir);
    const clash = buildPermalinks({ ...input, entries: [...input.entries, { kind: 'initiatives', id: '2', redirectFrom: [], where: 'content/x/initiatives.yaml:3' }] });
    expect(clash.problems.map((p) => `${p.where} ${p.message}`)).toContainEqual(expect.stringContaining('content/x/initiatives.yaml:3 /indsatser/2/: the initiative "2" would have the address of another page'));
  });

  it('says which redirect to add when a locked list page is no longer built', () => {
    const model = buildPermalinks(permalinkInputFromCatalogue(c, ROOT, dir));
    const gone = urls.listPage(urls.initiatives(), pageCount(c.initiatives.length) + 1);
    const report = checkLock(model, [{ url: gone, line: 7 }]);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]!.message).toBe(`${gone} is in permalinks.lock.txt but the list /indsatser/ has fewer pages now, and no redirect is declared for it`);
    expect(report.failures[0]!.hint).toContain(`- from: ${gone}\n      to: /indsatser/`);
  });
});
