/**
 * Reporters. Text: one line per finding, `path:line:col  error|warning  message  [rule-id]`,
 * its hint indented on the next line, then a summary line. JSON: { findings, summary }.
 */
import type { Position } from '../collections/files';
import { showInvisible } from '../collections/schemas/common';
import type { CheckResult } from './check';
import type { Finding, Summary } from './findings';
import { RULE_IDS, RULES } from './rules';

export type Format = 'text' | 'json';

export function formatFinding(f: Finding): string {
  return `${f.path}:${f.line}:${f.col}  ${f.severity}  ${f.message}  [${f.rule}]`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(s: Summary): string {
  return `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${plural(s.files, 'file')} (${s.entries} ${s.entries === 1 ? 'entry' : 'entries'} checked)`;
}

export function textReport(result: CheckResult, { hints = true } = {}): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    lines.push(formatFinding(f));
    if (hints) lines.push(`    hint: ${f.hint}`);
  }
  lines.push(formatSummary(result.summary));
  return `${lines.join('\n')}\n`;
}

export function jsonReport(result: CheckResult): string {
  const findings = result.findings.map(({ path, line, col, severity, rule, message, hint }) => ({ path, line, col, severity, rule, message, hint }));
  return `${JSON.stringify({ findings, summary: result.summary }, null, 2)}\n`;
}

/** The one-line message for a checker failure (exit 2), in the same shape as a finding. */
export function failureLine(position: Position | undefined, raw: string): string {
  const message = showInvisible(raw);
  return position ? `${position.path}:${position.line}:${position.col}  error  ${message}  [read-error]` : `checker failed: ${message}  [read-error]`;
}

export function jsonFailure(position: Position | undefined, message: string): string {
  return `${JSON.stringify({ failure: { ...(position ?? {}), rule: 'read-error', message: showInvisible(message), hint: RULES['read-error'].hint } }, null, 2)}\n`;
}

/** The rule table (`--rules`): id, severity, what it checks, and the hint. */
export function rulesTable(): string {
  return `${RULE_IDS.map((id) => `${id}  ${RULES[id].severity}\n    ${RULES[id].description}\n    hint: ${RULES[id].hint}`).join('\n')}\n`;
}
