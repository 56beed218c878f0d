/**
 * The import assistant end to end (npm run import), on the Hillerød 2015-18 source: the issue's
 * done-when check, the checker on the draft, no overwrite without --force, clear refusals.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/import/cli';
import { scoreSource } from '../../src/import/bench/accuracy';
import { ROOT } from '../support/real-content';

const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SOURCE = join(ROOT, 'content', 'sources', '001_6aabdc5b922a8d1d.txt');
const DOC = 'hilleroed-integrationshandlingsprogram-2015-2018';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('npm run import', () => {
  test('drafts Hillerød 2015-18: 10 goals, 8 initiatives with their goal references; the checker runs on the draft', async () => {
    const out = join(dir, 'draft');
    const { code, out: stdout, err } = await run([SOURCE, '--municipality', 'hilleroed', '--out', out, '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.document.id).toBe(DOC);
    expect(result.goals.map((g: { label: string }) => g.label)).toEqual(Array.from({ length: 10 }, (_, i) => `Mål ${i + 1}`));
    expect(result.initiatives.map((x: { label: string }) => x.label)).toEqual(Array.from({ length: 8 }, (_, i) => `Indsats ${i + 1}`));
    const refs = result.initiatives.map((x: { goals: Array<{ citedAs: string; goal?: number }> }) => x.goals.map((r) => `${r.citedAs}${r.goal !== undefined && `mål ${r.goal}` !== r.citedAs.toLowerCase() ? `→${r.goal}` : ''}`));
    expect(refs).toEqual([
      ['Mål 3', 'Mål 4', 'Mål 5', 'Mål 7', 'Mål 8'],
      ['Mål 3', 'Mål 4', 'mål 9'],
      ['mål 1-9'],
      ['Mål 1', 'Mål 5→2', 'Mål 6'],
      ['Mål 1', 'Mål 2', 'Mål 3', 'Mål 5'],
      ['Mål 7', 'Mål 8', 'mål 1-6', 'mål 9'],
      ['Mål 9'],
      [],
    ]);
    // Every entry is a draft; the checker finds no error, and reports each draft as a warning with file:line.
    const goalsYaml = readFileSync(join(out, 'documents', DOC, 'goals.yaml'), 'utf8');
    expect(goalsYaml.match(/^  draft: true$/gm)).toHaveLength(10);
    expect(result.check.draft.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const drafts = result.check.draft.filter((f: { rule: string }) => f.rule === 'draft');
    expect(drafts).toHaveLength(19);
    const first = drafts.find((f: { path: string }) => f.path.endsWith('goals.yaml'));
    expect(goalsYaml.split('\n')[first.line - 1]).toBe('  draft: true');
    // The review list is in the files, with source lines.
    expect(readFileSync(join(out, 'documents', DOC, 'initiatives.yaml'), 'utf8')).toMatch(/#   linje 89-125 \[hilleroed-2015-2018-indsats-2\]: Tabellen er opløst/);
  }, 120_000);

  test('prints a summary: what it found, what it could not place', async () => {
    const { code, out } = await run([SOURCE, '--municipality', 'hilleroed', '--out', join(dir, 'summary'), '--no-check']);
    expect(code).toBe(0);
    expect(out).toContain('10 mål (10 nummererede');
    expect(out).toContain('8 indsatser, 21 målhenvisninger');
    expect(out).toMatch(/Kunne ikke placere: 4 tekststykker \(linje 89-125, 160-211, 267-355, 377-392\)/);
  }, 60_000);

  test('never overwrites existing content without --force', async () => {
    const out = join(dir, 'twice');
    expect((await run([SOURCE, '--municipality', 'hilleroed', '--out', out, '--no-check'])).code).toBe(0);
    const before = readFileSync(join(out, 'documents', DOC, 'goals.yaml'), 'utf8');
    const again = await run([SOURCE, '--municipality', 'hilleroed', '--out', out, '--no-check']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('would overwrite existing content');
    expect(again.err).toContain('--force');
    expect(readFileSync(join(out, 'documents', DOC, 'goals.yaml'), 'utf8')).toBe(before);
    expect((await run([SOURCE, '--municipality', 'hilleroed', '--out', out, '--no-check', '--force'])).code).toBe(0);
    // Into the catalogue itself: the existing Hillerød document is refused too.
    const into = await run([SOURCE, '--municipality', 'hilleroed', '--no-check']);
    expect(into.code).toBe(2);
    expect(into.err).toContain(`content/documents/${DOC}/document.yaml`);
  }, 60_000);

  test('refuses an unknown municipality, a missing option and an empty file with a clear message', async () => {
    expect((await run([SOURCE, '--municipality', 'hillerod', '--out', join(dir, 'x')])).err).toContain('no such municipality');
    expect((await run([SOURCE])).err).toContain('--municipality ID is required');
    const none = await run([join(dir, 'nothing.txt'), '--municipality', 'hilleroed']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('nothing.txt: file not found');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  test('measured against the hand transcription: Hillerød 2015-18 and Høje-Taastrup 2006 ≥ 90 % found, ≥ 90 % exact', () => {
    for (const file of ['001_6aabdc5b922a8d1d.txt', '003_e954513d7125136f.txt']) {
      const s = scoreSource(file, join(ROOT, 'content'));
      for (const share of [s.goalsFound, s.goalsExact, s.initiativesFound, s.initiativesExact]) expect(share.hit / share.of).toBeGreaterThanOrEqual(0.9);
      if (s.refsFound.of) expect(s.refsFound.hit / s.refsFound.of).toBeGreaterThanOrEqual(0.9);
    }
  }, 60_000);
});
