/**
 * The corpus generator (src/corpus/): deterministic for a seed, in the content format,
 * passing the reference checker without errors, and exercising what real sources do.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/checker/check';
import { generateCorpus, writeCorpus } from '../../src/corpus/corpus';
import { loadContentFiles } from '../../src/collections/files';
import { validateEntries } from '../../src/collections/validate';
import { buildOpenData } from '../../src/open-data/build';
import { catalogueFrom, ROOT } from '../support/real-content';
import { schemaErrors, validatorFor } from '../support/json-schema';

const contentRoot = join(ROOT, 'content');
const small = { seed: 7, municipalities: 5, cases: 30, casesPerCatalogue: 12, relatedDocuments: 10, contentRoot };
const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generated corpus', () => {
  const corpus = generateCorpus(small);
  writeCorpus(dir, corpus);

  it('has the requested size', () => {
    expect(corpus.stats).toMatchObject({ documents: 5 * 3 + 3, goals: 5 * 3 * 10, initiatives: 5 * 3 * 12, cases: 30, relatedDocuments: 10 });
    expect(readdirSync(join(dir, 'documents'))).toHaveLength(18);
  });

  it('passes the reference checker without errors', () => {
    const result = checkContent(dir, { projectRoot: dir });
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.path}:${f.line} ${f.message} [${f.rule}]`)).toEqual([]);
    const listed = (name: string) => (parse(readFileSync(join(contentRoot, name), 'utf8')) as unknown[]).length;
    const shared = listed('municipalities.yaml') + listed('themes.yaml') + listed('target-groups.yaml') + listed('synonyms.yaml');
    expect(result.summary.entries).toBe(shared + 10 + 18 + 150 + 180 + 30);
  });

  it('is the same for the same seed and different for another', () => {
    expect(generateCorpus(small).files).toEqual(corpus.files);
    expect(generateCorpus({ ...small, seed: 8 }).files).not.toEqual(corpus.files);
  });

  it('builds open data that validates against the export schema', () => {
    expect(validateEntries(loadContentFiles(dir, dir).entries).findings).toEqual([]);
    const catalogue = catalogueFrom(dir);
    const data = JSON.parse(JSON.stringify(buildOpenData(catalogue, { site: 'https://example.org/', generated: '2026-01-13T10:00:00Z' })));
    expect(schemaErrors(validatorFor('export/catalogue.schema.json'), data)).toEqual([]);
  });
});

describe('the default corpus (98 municipalities, generated in memory)', () => {
  const corpus = generateCorpus({ contentRoot });
  const initiatives = corpus.files.filter((f) => f.path.endsWith('initiatives.yaml')).flatMap((f) => parse(f.text) as Record<string, unknown>[]);
  const refs = initiatives.flatMap((i) => i.goals as Record<string, unknown>[]);

  it('has the size the issue asks for', () => {
    expect(corpus.stats).toMatchObject({ municipalities: 98, documents: 98 * 3 + 10, goals: 98 * 3 * 10, initiatives: 98 * 3 * 12, cases: 400 });
  });

  it('exercises ranges, wrong printed numbers with notes, other documents, quotes with slips and unfilled targets', () => {
    expect(refs.filter((r) => r.from !== undefined).length).toBeGreaterThan(100);
    expect(refs.filter((r) => r.note !== undefined).length).toBeGreaterThan(10);
    expect(refs.filter((r) => r.document !== undefined).length).toBeGreaterThan(10);
    expect(refs.filter((r) => typeof r.quote === 'string' && (r.quote as string).endsWith('…')).length).toBeGreaterThan(100);
    expect(initiatives.filter((i) => (i.targets as { unfilled?: boolean }[]).some((t) => t.unfilled)).length).toBeGreaterThan(5);
  });

  it('writes Danish text of realistic length', () => {
    const lengths = initiatives.map((i) => (i.text as string[]).join(' ').length).sort((a, b) => a - b);
    expect(lengths[lengths.length >> 1]).toBeGreaterThan(400);
    const all = corpus.files.map((f) => f.text).join('');
    expect(all).toMatch(/æ/);
    expect(all).toMatch(/ø/);
    expect(all).toMatch(/å/);
  });

  it('reads the real municipalities, themes, target groups and search synonyms', () => {
    const municipalities = corpus.files.find((f) => f.path === 'municipalities.yaml')!.text;
    expect(municipalities).toBe(readFileSync(join(contentRoot, 'municipalities.yaml'), 'utf8'));
    expect(corpus.files.find((f) => f.path === 'synonyms.yaml')!.text).toBe(readFileSync(join(contentRoot, 'synonyms.yaml'), 'utf8'));
  });
});
