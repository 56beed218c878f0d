/**
 * The command line as editors and `npm run build` use it, run as a subprocess
 * (`npx tsx scripts/check-references.ts …`): output format, exit codes 0/1/2, JSON.
 */
import { describe, expect, test } from 'vitest';
import { RULES } from '../../scripts/lib/check/rules';
import { runCli } from './helpers';

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

  test('an unknown option: exit 2 with usage', async () => {
    const run = await runCli(['--formatt', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^unknown option "--formatt"\nusage: /);
  });
});
