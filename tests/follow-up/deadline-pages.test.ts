/**
 * The pages of /frister/ without a build: on a generated corpus large enough to need several pages
 * in a year, every dated target is on exactly one page, no page holds more than PAGE_SIZE entries,
 * a year's entries are ordered by municipality, and the permalink model knows every page (before
 * and during the build alike). The routes build exactly deadlinePages() (deadline-paths.ts).
 * The same for the pages of a national goal (national-pages.ts): the generated corpus links every
 * goal of a theme to its national goal, so Mål 1 Arbejde needs several pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../src/corpus/corpus';
import { PAGE_SIZE } from '../../src/lists/lists';
import { deadlinePages, deadlinePageUrls, deadlineYears } from '../../src/follow-up/deadline-pages';
import { yearEntries } from '../../src/follow-up/year-data';
import { collectTargets } from '../../src/follow-up/targets';
import { nationalPages, nationalPageUrls } from '../../src/follow-up/national-pages';
import { readNationalLinks } from '../../src/follow-up/national';
import { buildPermalinks } from '../../src/permalinks/model';
import { permalinkInputFromCatalogue, readPermalinkInput } from '../../src/permalinks/input';
import { catalogueFrom, realCatalogue, ROOT } from '../support/real-content';

const dir = mkdtempSync(join(tmpdir(), 'deadlines-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeCorpus(dir, generateCorpus({ seed: 5, municipalities: 12, cases: 20, casesPerCatalogue: 20, relatedDocuments: 5, contentRoot: join(ROOT, 'content') }));
const c = catalogueFrom(dir);
const rows = collectTargets(c, 2026);
const dated = rows.filter((r) => r.deadlineYear !== undefined);
const years = deadlineYears(rows);
const pages = deadlinePages(years);

describe('/frister/ pages on a generated corpus', () => {
  it('is large enough that some years need several pages', () => {
    expect(pages.some((p) => p.n > 1)).toBe(true);
  });

  it('puts every dated target on exactly one page, and no page holds more than PAGE_SIZE entries', () => {
    const seen = new Map<string, string>();
    for (const p of pages) {
      expect(p.rows.length, p.url).toBeGreaterThan(0);
      expect(p.rows.length, p.url).toBeLessThanOrEqual(PAGE_SIZE);
      for (const r of p.rows) {
        expect(seen.has(r.key), `${r.key} on ${seen.get(r.key)} and ${p.url}`).toBe(false);
        seen.set(r.key, p.url);
        expect(p.url.startsWith(`/frister/${r.deadlineYear}/`), `${r.key} on ${p.url}`).toBe(true);
      }
    }
    expect([...seen.keys()].sort()).toEqual(dated.map((r) => r.key).sort());
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
  });

  it('orders a year by municipality, so one municipality’s deadlines stand together', () => {
    for (const y of years) {
      const names = y.rows.map((r) => r.municipalityName ?? '\uffff');
      expect(names).toEqual([...names].sort((a, b) => (a === '\uffff' ? 1 : b === '\uffff' ? -1 : a.localeCompare(b, 'da'))));
      for (const m of y.municipalityPages) {
        const first = y.rows.findIndex((r) => (r.municipalityId ?? '') === m.id);
        expect(m.page, `${y.year} ${m.id}`).toBe(Math.floor(first / PAGE_SIZE) + 1);
      }
    }
  });

  it('counts the statuses of a year and writes the whole year into its filter data', () => {
    for (const y of years) {
      expect(Object.values(y.statuses).reduce((a, b) => a + b, 0)).toBe(y.rows.length);
      expect(yearEntries(y, '-')).toHaveLength(y.rows.length);
    }
  });

  it('puts every deadline page into the permalink model, before and during the build alike', () => {
    const before = buildPermalinks(readPermalinkInput(dir, ROOT).input);
    const during = buildPermalinks(permalinkInputFromCatalogue(c, ROOT, dir));
    const urls = deadlinePageUrls(c);
    expect(urls).toEqual(pages.map((p) => p.url));
    for (const url of urls) {
      expect(before.pages.has(url), url).toBe(true);
      expect(during.pages.has(url), url).toBe(true);
    }
  });
});

describe('national goal pages on a generated corpus', () => {
  const linked = collectTargets(c, 2026, readNationalLinks(dir).links);
  const rowsOf = (id: string) => linked.filter((r) => r.nationalGoals.includes(id));
  const pagesOf = nationalPages(c.nationalGoals, rowsOf);

  it('puts every linked row of a national goal on exactly one of its pages, none with more than PAGE_SIZE rows', () => {
    expect(pagesOf.some((p) => p.n > 1)).toBe(true);
    for (const goal of c.nationalGoals) {
      const mine = pagesOf.filter((p) => p.goal.id === goal.id);
      expect(mine[0]!.url).toBe(`/nationale-maal/${goal.id}/`);
      for (const p of mine) expect(p.rows.length, p.url).toBeLessThanOrEqual(PAGE_SIZE);
      const keys = mine.flatMap((p) => p.rows.map((r) => r.key));
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.sort()).toEqual(rowsOf(goal.id).map((r) => r.key).sort());
    }
  });

  it('puts the pages after the first into the permalink model, before and during the build alike', () => {
    const urls = nationalPageUrls(c, dir);
    expect(urls).toEqual(pagesOf.filter((p) => p.n > 1).map((p) => p.url));
    const before = buildPermalinks(readPermalinkInput(dir, ROOT).input);
    const during = buildPermalinks(permalinkInputFromCatalogue(c, ROOT, dir));
    for (const url of pagesOf.map((p) => p.url)) {
      expect(before.pages.has(url), url).toBe(true);
      expect(during.pages.has(url), url).toBe(true);
    }
    expect([...before.pages].sort()).toEqual([...during.pages].sort());
  });
});

describe('/frister/ pages on the real content', () => {
  it('give each year of the real content one page with its targets', () => {
    const real = deadlineYears(collectTargets(realCatalogue(), 2026));
    const y2018 = real.find((y) => y.year === 2018)!;
    expect(y2018.rows.filter((r) => r.documentId === 'hilleroed-integrationshandlingsprogram-2015-2018').length).toBeGreaterThanOrEqual(7);
    expect(deadlinePages(real).every((p) => p.n === 1)).toBe(true);
  });
});
