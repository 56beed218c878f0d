/** A finding: one problem at one place in a content file. */
import type { Position } from '../collections/files';
import { showInvisible } from '../collections/schemas/common';
import { RULES, type RuleId, type Severity } from './rules';

export interface Finding {
  /** Content file, relative to the project root (the working directory of the CLI). */
  path: string;
  line: number;
  col: number;
  severity: Severity;
  rule: RuleId;
  message: string;
  hint: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
  entries: number;
}

/** A finding of `rule` at `position`. Invisible characters in the message are shown escaped ("\u200b"). */
export function makeFinding(rule: RuleId, position: Position, message: string): Finding {
  const { severity, hint } = RULES[rule];
  return { path: position.path, line: position.line, col: position.col, severity, rule, message: showInvisible(message), hint };
}

/** Sort by file, line, column, then rule id, so output is stable and reads top to bottom. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function summarise(findings: Finding[], files: number, entries: number): Summary {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors, files, entries };
}
