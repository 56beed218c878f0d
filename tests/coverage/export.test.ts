/**
 * The coverage data files: coverage.json from the real content validates against its committed JSON
 * Schema and holds the coverage's numbers; coverage.csv parses back (Danish Excel settings) to the
 * same numbers; in the built site both files hold exactly those numbers and the Data page lists
 * them; the attribution line stands on every page with a map and on /om/ and /data/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCoverage } from '../../src/coverage/coverage';
import { buildCoverageExport, COVERAGE_CSV_COLUMNS, coverageCsv, type CoverageExport } from '../../src/coverage/export';
import { realCatalogue } from '../support/real-content';
import { schemaErrors, validatorFor } from '../support/json-schema';
import { builtPages, DIST } from '../support/dist';

const SITE = 'https://katalog.example.org/';
const coverage = buildCoverage(realCatalogue());
const data = buildCoverageExport(coverage, { site: SITE, generated: '2026-01-13T10:00:00.000Z' });

const csvRows = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1), { delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
};

/** The numbers of a coverage.json, as "id: total | per theme", for comparing files and pages. */
const numbers = (d: CoverageExport) => d.municipalities.map((m) => `${m.id}: ${m.counts.total} | ${m.themes.map((t) => t.counts.total).join(' ')}`);

describe('coverage.json and coverage.csv from the real content', () => {
  it('validates against the committed JSON Schema, and the schema refuses a broken file', () => {
    const validate = validatorFor('export/coverage.schema.json');
    expect(schemaErrors(validate, JSON.parse(JSON.stringify(data)))).toEqual([]);
    const broken = structuredClone(data) as unknown as { municipalities: Record<string, unknown>[] };
    delete broken.municipalities[0]!.counts;
    expect(schemaErrors(validate, broken).join()).toMatch(/must have required property 'counts'/);
  });

  it('holds the coverage of every municipality, theme by theme, with links only where there are entries', () => {
    const rows = coverage.regions.flatMap((r) => r.municipalities);
    expect(data.municipalities.map((m) => m.id)).toEqual(rows.map((r) => r.municipality.id));
    data.municipalities.forEach((m, i) => {
      expect(m.counts).toEqual(rows[i]!.totals);
      expect(m.themes.map((t) => t.counts)).toEqual(rows[i]!.themes.map((t) => t.counts));
      for (const t of m.themes) expect(t.url === null, `${m.id} × ${t.theme}`).toBe(t.counts.total === 0);
    });
    const linked = data.municipalities.flatMap((m) => m.themes.flatMap((t) => t.url ?? []));
    expect(linked.length).toBeGreaterThan(20);
    expect(linked.every((u) => /^https:\/\/katalog\.example\.org\/kommuner\/[a-z0-9-]+\/#tema-[a-z0-9-]+$/.test(u))).toBe(true);
  });

  it('writes the CSV as the other CSV files are written, with the same numbers as the JSON', () => {
    const text = coverageCsv(data);
    expect(text.includes('\r\n')).toBe(true);
    const rows = csvRows(text);
    expect(Object.keys(rows[0]!)).toEqual([...COVERAGE_CSV_COLUMNS, ...data.themes.map((t) => t.id)]);
    expect(rows.map((r) => `${r.municipality}: ${r.total} | ${data.themes.map((t) => r[t.id]).join(' ')}`)).toEqual(numbers(data));
    expect(rows.find((r) => r.municipalityCode === '219')?.municipalityName).toBe('Hillerød');
  });
});

describe('the coverage data in the built site', () => {
  const read = (name: string) => readFileSync(join(DIST, 'data', name), 'utf8');
  const built = JSON.parse(read('coverage.json')) as CoverageExport;
  const pages = new Map(builtPages().map((p) => [p.url, p]));

  it('holds the numbers of the catalogue it was built from, in the JSON and the CSV', () => {
    expect(numbers(built)).toEqual(numbers(data));
    expect(schemaErrors(validatorFor('export/coverage.schema.json', join(DIST, 'data', 'schema')), built)).toEqual([]);
    const rows = csvRows(read('coverage.csv'));
    expect(rows.map((r) => `${r.municipality}: ${r.total} | ${built.themes.map((t) => r[t.id]).join(' ')}`)).toEqual(numbers(built));
  });

  it('is listed on the Data page and linked from the overview', () => {
    for (const file of ['coverage.json', 'coverage.csv']) {
      expect(pages.get('/data/')!.hrefs, file).toContain(`/data/${file}`);
      expect(pages.get('/overblik/')!.hrefs, file).toContain(`/data/${file}`);
    }
    expect(pages.get('/data/')!.hrefs).toContain('/data/schema/export/coverage.schema.json');
  });

  it('credits the boundary data wherever a map is drawn and on /om/ and /data/', () => {
    const line = 'Kommunegrænser: Geodatastyrelsen / Danske Kommuner (FOT, 2014)';
    const withMap = [...pages.values()].filter((p) => p.html.includes('<svg viewBox="0 0 1000') || p.html.includes('<svg viewBox="0 0 200'));
    // The front page, /kommuner/ and the 98 municipality pages.
    expect(withMap.map((p) => p.url)).toEqual(expect.arrayContaining(['/', '/kommuner/', '/kommuner/hilleroed/']));
    expect(withMap.filter((p) => /^\/kommuner\/[^/]+\/$/.test(p.url))).toHaveLength(98);
    for (const p of [...withMap, pages.get('/om/')!, pages.get('/data/')!]) expect(p.html, p.url).toContain(line);
  });
});

describe('page weight of the pages with coverage', () => {
  // Issue 12's budget: 40 KB gzip of HTML and the CSS it links (at national scale; measured there
  // with the generated corpus, see BENCHMARKS.md; here the same limit on the build under test).
  it.each(['/', '/overblik/', '/kommuner/', '/kommuner/hilleroed/'])('%s stays within 40 KB gzip of HTML + CSS', (url) => {
    const html = readFileSync(join(DIST, url, 'index.html'), 'utf8');
    const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])![1]!);
    expect(css.length).toBeGreaterThan(0);
    const bytes = gzipSync(html, { level: 6 }).length + css.reduce((n, href) => n + gzipSync(readFileSync(join(DIST, href)), { level: 6 }).length, 0);
    console.log(`${url}: ${(bytes / 1024).toFixed(1)} KB gzip HTML + CSS`);
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
  });
});
