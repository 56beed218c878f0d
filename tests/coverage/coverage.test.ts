/**
 * The coverage counts (src/coverage/coverage.ts) equal the catalogue's, counted here again
 * independently from the entry lists: on the real content and on a generated corpus in which every
 * municipality has content. Also the Danish texts made from the counts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCoverage, ENTRY_KINDS, type Counts } from '../../src/coverage/coverage';
import { countsText, levelLabels, mapLabel } from '../../src/coverage/labels';
import { LEVELS, levelOf } from '../../src/coverage/map';
import type { Catalogue } from '../../src/catalogue/model';
import { generateCorpus, writeCorpus } from '../../src/corpus/corpus';
import { catalogueFrom, realCatalogue, ROOT } from '../support/real-content';

/** Counts per municipality and per (municipality, theme), straight from the lists: no catalogue lookups. */
function countIndependently(c: Catalogue) {
  const docs = new Map(c.documents.map((d) => [d.id, d]));
  const sectionThemes = (docId: string, sections: (string | undefined)[]) =>
    sections.flatMap((s) => docs.get(docId)!.sections.find((x) => x.id === s)?.themes ?? []);
  type Item = { kind: (typeof ENTRY_KINDS)[number]; municipalities: string[]; themes: Set<string> };
  const items: Item[] = [
    ...c.documents.map((d) => ({ kind: 'documents' as const, municipalities: d.municipality ? [d.municipality] : [], themes: new Set(d.themes) })),
    ...c.goals.map((g) => ({ kind: 'goals' as const, municipalities: [docs.get(g.document)!.municipality ?? ''].filter(Boolean), themes: new Set([...g.themes, ...sectionThemes(g.document, [g.section])]) })),
    ...c.initiatives.map((i) => ({ kind: 'initiatives' as const, municipalities: [docs.get(i.document)!.municipality ?? ''].filter(Boolean), themes: new Set([...i.themes, ...sectionThemes(i.document, [i.section, ...i.sections])]) })),
    ...c.cases.map((x) => ({ kind: 'cases' as const, municipalities: x.municipalities, themes: new Set(x.themes) })),
  ];
  const zero = (): Counts => ({ documents: 0, goals: 0, initiatives: 0, cases: 0, total: 0 });
  const totals = new Map<string, Counts>();
  const cells = new Map<string, Counts>();
  const add = (map: Map<string, Counts>, key: string, kind: Item['kind']) => {
    const n = map.get(key) ?? zero();
    n[kind]++;
    n.total++;
    map.set(key, n);
  };
  for (const item of items) {
    for (const m of new Set(item.municipalities)) {
      add(totals, m, item.kind);
      for (const t of item.themes) add(cells, `${m}|${t}`, item.kind);
    }
  }
  return { totals: (m: string) => totals.get(m) ?? zero(), cell: (m: string, t: string) => cells.get(`${m}|${t}`) ?? zero() };
}

function expectCoverageEqualsCatalogue(c: Catalogue) {
  const coverage = buildCoverage(c);
  const expected = countIndependently(c);
  const rows = coverage.regions.flatMap((r) => r.municipalities);
  // Every municipality exactly once, grouped under its own region.
  expect(rows.map((r) => r.municipality.id).sort()).toEqual(c.municipalities.map((m) => m.id).sort());
  for (const r of coverage.regions) for (const row of r.municipalities) expect(row.municipality.region).toBe(r.id);
  let cellsWithEntries = 0;
  for (const row of rows) {
    const id = row.municipality.id;
    expect(row.totals, id).toEqual(expected.totals(id));
    // Every theme, by name, whatever order the content came in.
    expect(row.themes.map((x) => x.theme.id)).toEqual([...c.themes].sort((a, b) => a.label.localeCompare(b.label, 'da')).map((t) => t.id));
    for (const { theme, counts, entries } of row.themes) {
      expect(counts, `${id} × ${theme.id}`).toEqual(expected.cell(id, theme.id));
      // The entries listed are the ones counted.
      expect(ENTRY_KINDS.map((k) => entries[k].length)).toEqual(ENTRY_KINDS.map((k) => counts[k]));
      if (counts.total > 0) cellsWithEntries++;
    }
  }
  return { coverage, rows, cellsWithEntries };
}

describe('coverage counts equal the catalogue’s', () => {
  it('on the real content', () => {
    const c = realCatalogue();
    const { rows, cellsWithEntries } = expectCoverageEqualsCatalogue(c);
    expect(rows).toHaveLength(98);
    // Not a vacuous comparison: the real content covers several municipalities and many cells,
    // and the totals add up to every document of a municipality with its goals and initiatives.
    const withContent = rows.filter((r) => r.totals.total > 0);
    expect(withContent.length).toBeGreaterThanOrEqual(4);
    expect(cellsWithEntries).toBeGreaterThan(20);
    const municipal = c.documents.filter((d) => d.municipality);
    expect(rows.reduce((n, r) => n + r.totals.documents, 0)).toBe(municipal.length);
    expect(rows.reduce((n, r) => n + r.totals.goals, 0)).toBe(municipal.reduce((n, d) => n + c.goalsOfDocument(d.id).length, 0));
  });

  describe('on a generated corpus where every municipality has content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coverage-corpus-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('counts every municipality’s documents, goals, initiatives and cases', () => {
      writeCorpus(dir, generateCorpus({ municipalities: 98, documentsPerMunicipality: 1, goalsPerDocument: 2, initiativesPerDocument: 2, cases: 40, contentRoot: join(ROOT, 'content') }));
      const { rows } = expectCoverageEqualsCatalogue(catalogueFrom(dir));
      expect(rows.filter((r) => r.totals.total > 0)).toHaveLength(98);
    }, 120_000);
  });
});

describe('the texts made from the counts', () => {
  it('names a municipality with its counts in Danish singular and plural', () => {
    expect(mapLabel('Hillerød', { documents: 1, goals: 10, initiatives: 8, cases: 0 })).toBe('Hillerød: 1 dokument, 10 mål, 8 indsatser');
    expect(mapLabel('Vejle', { documents: 0, goals: 1, initiatives: 1, cases: 1 })).toBe('Vejle: 1 mål, 1 indsats, 1 case');
    expect(mapLabel('Aarhus', { documents: 2, goals: 0, initiatives: 0, cases: 2 })).toBe('Aarhus: 2 dokumenter, 2 cases');
    expect(mapLabel('Læsø', { documents: 0, goals: 0, initiatives: 0, cases: 0 })).toBe('Læsø: intet indhold endnu');
    expect(countsText({ documents: 1234, goals: 0, initiatives: 0, cases: 0 })).toBe('1.234 dokumenter');
  });

  it('shades by fixed levels, each with a legend label', () => {
    expect([0, 1, 9, 10, 49, 50, 99, 100, 5000].map(levelOf)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(levelLabels()).toEqual(['Intet indhold', '1–9 poster', '10–49 poster', '50–99 poster', '100 poster eller flere']);
    expect(levelLabels()).toHaveLength(LEVELS.length);
  });
});
