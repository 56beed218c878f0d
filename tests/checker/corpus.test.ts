/**
 * The real corpus (content/) must pass: exit 0, warnings allowed. Breaking a goal reference in a
 * copy of it must fail with goal-missing at that line.
 *
 * Depends on the transcription of content/ being complete and correct.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check';
import { PROJECT_ROOT, runCli } from './helpers';

const CONTENT = join(PROJECT_ROOT, 'content');

describe('the real corpus', () => {
  test('npm run check passes on content/ (exit 0)', async () => {
    const run = await runCli([]);
    if (run.code !== 0) console.log(run.stdout, run.stderr);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^0 errors, \d+ warnings? in \d+ files \(\d+ entries checked\)$/m);
  });

  test('every warning of the real corpus is a coverage, unfilled-target or synonym-ahead-of-content warning', () => {
    const { findings } = checkContent(CONTENT, { projectRoot: PROJECT_ROOT });
    // synonym-not-in-catalogue: abbreviations such as IGU are declared before content uses them.
    for (const f of findings) expect(['goal-unserved', 'initiative-without-goals', 'target-unfilled', 'synonym-not-in-catalogue']).toContain(f.rule);
  });

  test('breaking a goal reference in a copy of the corpus fails at that line', () => {
    const copy = mkdtempSync(join(tmpdir(), 'checker-corpus-'));
    try {
      cpSync(CONTENT, copy, { recursive: true });
      // The first single-goal reference of the first document that has one.
      const docs = join(copy, 'documents');
      const target = readdirSync(docs)
        .sort()
        .map((d) => join(docs, d, 'initiatives.yaml'))
        .find((f) => existsSync(f) && /^\s*- goal: \d+\s*$/m.test(readFileSync(f, 'utf8')));
      expect(target, 'no initiative in content/ cites a single goal yet').toBeDefined();
      const lines = readFileSync(target!, 'utf8').split('\n');
      const index = lines.findIndex((l) => /^\s*- goal: \d+\s*$/.test(l));
      lines[index] = lines[index]!.replace(/\d+/, '99');
      writeFileSync(target!, lines.join('\n'));

      const { findings, summary } = checkContent(copy, { projectRoot: copy });
      expect(summary.errors).toBeGreaterThan(0);
      expect(findings.filter((f) => f.severity === 'error')).toContainEqual(
        expect.objectContaining({ rule: 'goal-missing', line: index + 1, message: expect.stringMatching(/^cites Mål 99, but this document has no goal numbered 99/) }),
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
