/** Shared helpers for the checker tests (not a test file itself). */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/checker/check';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/checker');

/** Check one fixture folder in-process; finding paths are relative to the fixture folder. */
export function checkFixture(name: string) {
  const dir = join(FIXTURES, name);
  return checkContent(dir, { projectRoot: dir });
}

/** The text of line `line` (1-based) of a fixture file. */
export function fixtureLine(name: string, path: string, line: number): string {
  return readFileSync(join(FIXTURES, name, path), 'utf8').split('\n')[line - 1] ?? '';
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real CLI as a subprocess (`npx tsx scripts/check-references.ts …`) from the project root. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', 'scripts/check-references.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CATALOGUE_CONTENT_DIR: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
