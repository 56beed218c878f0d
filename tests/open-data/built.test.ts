/**
 * The open data in the built site (npm test builds it first): the files exist, validate against
 * the JSON Schemas the site publishes beside them, hold every content entry with a URL that is a
 * built page, the CSVs parse back with æøå, and the Data page links every file and is linked from
 * every page's footer and from /om/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLLECTION_KEYS, COLLECTIONS } from '../../src/open-data/schema';
import { builtPages, DIST } from '../support/dist';
import { schemaErrors, validatorFor } from '../support/json-schema';
import { loadRealContent } from '../support/real-content';

const DATA = join(DIST, 'data');
const read = (name: string) => readFileSync(join(DATA, name), 'utf8');
const readJson = (name: string) => JSON.parse(read(name));
const published = (path: string) => validatorFor(path, join(DATA, 'schema'));
const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));

describe('open data in the build', () => {
  const catalogue = readJson('catalogue.json');

  it('validates against the JSON Schemas published with it', () => {
    expect(schemaErrors(published('export/catalogue.schema.json'), catalogue)).toEqual([]);
    for (const key of COLLECTION_KEYS) {
      const file = COLLECTIONS[key].file;
      const list = readJson(`${file}.json`);
      expect(schemaErrors(published(`export/${file}.schema.json`), list), file).toEqual([]);
      expect(list, `${file}.json is catalogue.json's ${key}`).toEqual(catalogue[key]);
    }
  });

  it('holds every entry in content/, each with the URL of a page that was built', () => {
    const { valid } = loadRealContent();
    const site = new URL(catalogue.site);
    for (const key of COLLECTION_KEYS) {
      const expected = valid[key].map((e) => (e.data as { id: string }).id).sort();
      const entries = catalogue[key] as { id: string; url?: string }[];
      expect(entries.map((e) => e.id).sort(), key).toEqual(expected);
      for (const e of entries) {
        if (!e.url) continue; // target groups have no page
        const url = new URL(e.url);
        expect(url.origin, e.url).toBe(site.origin);
        const page = byUrl.get(url.pathname);
        expect(page, `${e.url} has no built page`).toBeDefined();
        if (url.hash) expect(page!.ids.has(decodeURIComponent(url.hash.slice(1))), `${e.url}: no such anchor`).toBe(true);
      }
    }
  });

  it('writes measures.json (valid against its published schema) and measures.csv with the same rows, every goal measure included', () => {
    const rows = readJson('measures.json') as { id: string; entry: string; kind: string }[];
    expect(schemaErrors(published('export/measures.schema.json'), rows)).toEqual([]);
    const csv: string[][] = parseCsv(read('measures.csv'), { bom: true, delimiter: ';' });
    expect(csv.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.id));
    for (const g of catalogue.goals as { id: string; measures: unknown[] }[]) {
      expect(rows.filter((r) => r.entry === g.id && r.kind === 'measure'), g.id).toHaveLength(g.measures.length);
    }
  });

  it('writes CSV files with a BOM that parse back with æøå intact', () => {
    for (const [name, count] of [
      ['goals.csv', catalogue.goals.length],
      ['initiatives.csv', catalogue.initiatives.length],
    ] as const) {
      const bytes = readFileSync(join(DATA, name));
      expect([...bytes.subarray(0, 3)], `${name} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
      const rows: string[][] = parseCsv(bytes.toString('utf8'), { bom: true, delimiter: ';' });
      expect(rows.length - 1).toBe(count);
      const header = rows[0]!;
      const hilleroed = rows.find((r) => r[header.indexOf('municipality')] === 'hilleroed')!;
      expect(hilleroed[header.indexOf('municipalityName')]).toBe('Hillerød');
      expect(rows.slice(1).map((r) => r[header.indexOf('id')])).toEqual(catalogue[name.replace('.csv', '')].map((e: { id: string }) => e.id));
    }
    const initiatives: string[][] = parseCsv(read('initiatives.csv'), { bom: true, delimiter: ';' });
    expect(initiatives.flat().join(' ')).toMatch(/Høje-Taastrup|Kerteminde/);
    expect(initiatives.flat().some((cell) => /[æøå]/.test(cell))).toBe(true);
  });

  it('has a Data page that links every data file and schema, and those files exist', () => {
    const page = byUrl.get('/data/');
    expect(page).toBeDefined();
    const files = page!.hrefs.filter((h) => h.startsWith('/data/') && h !== '/data/');
    for (const name of ['catalogue.json', ...COLLECTION_KEYS.map((k) => `${COLLECTIONS[k].file}.json`), 'goals.csv', 'initiatives.csv', 'measures.json', 'measures.csv', 'coverage.json', 'coverage.csv']) {
      expect(files, `the Data page links ${name}`).toContain(`/data/${name}`);
    }
    expect(files.filter((h) => h.includes('/schema/')).length).toBe(COLLECTION_KEYS.length + 3); // + catalogue, measures, coverage
    for (const href of files) expect(existsSync(join(DIST, href)), href).toBe(true);
  });

  it('is linked from every page’s footer and from the about page', () => {
    const withoutLink = pages.filter((p) => p.page.select('footer').length && !p.page.select('footer a[href="/data/"]').length).map((p) => p.url);
    expect(withoutLink).toEqual([]);
    expect(byUrl.get('/om/')!.page.select('main a[href="/data/"]').length).toBeGreaterThan(0);
  });
});
