/**
 * The command line as editors and `npm run build` use it, run as a subprocess
 * (`npx tsx scripts/check-references.ts …`): output format, exit codes 0/1/2, JSON.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/checker/rules';
import { PROJECT_ROOT, runCli } from './helpers';

const FIX = 'tests/fixtures/checker';
/** `path:line:col  error|warning  message  [rule-id]` */
const FINDING_LINE = /^(\S+):(\d+):(\d+) {2}(error|warning) {2}(.+) {2}\[([a-z-]+)\]$/;
const STACK = /^\s+at\s|Error:|node:internal|\.ts:\d+:\d+\)?$/m;

describe.concurrent('check-references CLI', () => {
  test('a clean folder exits 0 with a summary line', async () => {
    const run = await runCli([`${FIX}/clean`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('0 errors, 0 warnings in 6 files (9 entries checked)\n');
    expect(run.stderr).toBe('');
  });

  test('warnings alone exit 0; each finding is one parseable line with its hint below', async () => {
    const run = await runCli([`${FIX}/goal-unserved`]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `${FIX}/goal-unserved/documents/doc/goals.yaml:9:3  warning  Mål 2 (goal "doc-maal-2") is served by no initiative  [goal-unserved]`,
    );
    expect(lines[1]).toBe(`    hint: ${RULES['goal-unserved'].hint}`);
    expect(lines[2]).toBe('0 errors, 1 warning in 6 files (7 entries checked)');
  });

  test('Hillerød Indsats 4 as printed: exit 1, the message names Mål 2', async () => {
    const run = await runCli([`${FIX}/hilleroed-indsats-4`]);
    expect(run.code).toBe(1);
    const findings = run.stdout.split('\n').filter((l) => FINDING_LINE.test(l));
    expect(findings).toHaveLength(2);
    const [, path, line, col, severity, message, rule] = findings[1]!.match(FINDING_LINE)!;
    expect({ path, line, col, severity, rule }).toEqual({
      path: `${FIX}/hilleroed-indsats-4/documents/hilleroed-2015-2018/initiatives.yaml`,
      line: '9',
      col: '14',
      severity: 'error',
      rule: 'quote-mismatch',
    });
    expect(message).toMatch(/^quoted text is Mål 2's, not Mål 5's/);
    expect(run.stdout).toMatch(/\n1 error, 1 warning in 6 files \(9 entries checked\)\n$/);
  });

  test('--format json prints { findings, summary }', async () => {
    const run = await runCli([`${FIX}/goal-range-invalid`, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ errors: 2, warnings: 0, files: 6, entries: 9 });
    expect(report.findings[0]).toEqual({
      path: `${FIX}/goal-range-invalid/documents/doc/initiatives.yaml`,
      line: 4,
      col: 13,
      severity: 'error',
      rule: 'goal-range-invalid',
      message: 'goal range 2-1 is reversed: from must not be greater than to',
      hint: RULES['goal-range-invalid'].hint,
    });
  });

  test('the content folder can come from CATALOGUE_CONTENT_DIR', async () => {
    const run = await runCli(['--format=json'], { CATALOGUE_CONTENT_DIR: `${FIX}/quote-mismatch` });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['quote-mismatch']);
  });

  test('malformed YAML: exit 2, one readable line with file:line, no stack trace', async () => {
    const run = await runCli([`${FIX}/malformed-yaml`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(FINDING_LINE);
    expect(lines[0]).toMatch(new RegExp(`^${FIX}/malformed-yaml/documents/doc/goals\\.yaml:13:14  error  not valid YAML: .+  \\[read-error\\]$`));
    expect(run.stderr).not.toMatch(STACK);
  });

  test('a missing content folder: exit 2, no stack trace', async () => {
    const run = await runCli(['tests/fixtures/checker/no-such-folder']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('tests/fixtures/checker/no-such-folder:1:1  error  content folder does not exist  [read-error]\n');
  });

  test('a folder that is not a content folder: exit 2', async () => {
    const run = await runCli([FIX]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tests\/fixtures\/checker\/municipalities\.yaml:1:1  error  file is missing: .+  \[read-error\]\n$/);
    expect(run.stderr).not.toMatch(STACK);
  });

  // Each bad input of issue 10 through the real CLI: exit 1, the finding at file:line.
  test.each([
    ['invalid-date', 'documents/doc/document.yaml:7:9', 'schema', 'adopted.date: "2016-13-45" is not a real calendar date'],
    ['reversed-period', 'documents/doc/document.yaml:8:7', 'schema', 'period.to: period 2019-2018 is reversed'],
    ['anchor-clash', 'documents/doc/initiatives.yaml:1:7', 'duplicate-id', 'initiative id "doc-faelles" is already the id of goal "doc-faelles"'],
    ['url-space-clash', 'documents/doc/initiatives.yaml:8:18', 'duplicate-id', 'old id "doc-indsats-1" is already the id of initiative "doc-indsats-1"'],
    ['invisible-id', 'documents/doc/goals.yaml:1:7', 'schema', 'goal "doc-maal\\u200b-1": id: "doc-maal\\u200b-1" contains the invisible character \\u200b'],
    ['misspelt-field', 'documents/doc/initiatives.yaml:2:10', 'schema', 'unknown field "titel" – did you mean "title"?'],
    ['goal-number-text', 'documents/doc/goals.yaml:10:11', 'schema', 'number: expected number, got text "8"'],
  ])('%s: exit 1, reported at %s', async (fixture, at, rule, message) => {
    const run = await runCli([`${FIX}/${fixture}`, '--no-hints']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    const found = lines.filter((l) => l.startsWith(`${FIX}/${fixture}/${at}  error  `));
    expect(found, run.stdout).toHaveLength(1);
    expect(found[0]).toMatch(FINDING_LINE);
    expect(found[0]).toContain(message);
    expect(found[0]!.endsWith(`  [${rule}]`)).toBe(true);
    expect(run.stdout).not.toMatch(/[\u200b\u200c\u200d\ufeff]/);
  });

  test('goal-number-text: the one error is the only finding (no follow-on goal errors)', async () => {
    const run = await runCli([`${FIX}/goal-number-text`, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { rule: string; line: number }) => `${f.rule}@${f.line}`)).toEqual(['schema@10']);
  });

  test('emptied list files: warnings at file:line, exit 0', async () => {
    const run = await runCli([`${FIX}/empty-list`, '--no-hints']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `${FIX}/empty-list/documents/doc/cases.yaml:1:1  warning  cases.yaml has no entries (the file is empty)  [empty-list]`,
        `${FIX}/empty-list/documents/doc/goals.yaml:1:1  warning  goals.yaml has no entries (the file is empty)  [empty-list]`,
        `${FIX}/empty-list/documents/doc/initiatives.yaml:2:1  warning  initiatives.yaml has no entries (the list is empty)  [empty-list]`,
        '0 errors, 3 warnings in 7 files (4 entries checked)',
        '',
      ].join('\n'),
    );
  });

  test('a tab in the indentation: exit 2, the message says "tab" at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'checker-tab-'));
    cpSync(join(PROJECT_ROOT, FIX, 'clean'), dir, { recursive: true });
    const file = join(dir, 'documents/doc/initiatives.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n  title: Indsats nummer 1', '\n\ttitle: Indsats nummer 1'));
    const run = await runCli([dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${dir}/documents/doc/initiatives.yaml:2:1  error  not valid YAML: line 2 is indented with a tab; YAML indents with spaces only (replace the tab with spaces, as many as the lines around it use)  [read-error]\n`,
    );
  });

  test('an unknown option: exit 2 with usage', async () => {
    const run = await runCli(['--formatt', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^unknown option "--formatt"\nusage: /);
  });
});
