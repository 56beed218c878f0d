/**
 * The checker as a library: load the content folder, validate it, apply every rule.
 * `checkContent` throws ContentReadError when the content cannot be read (the CLI exits 2).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContentReadError, loadContentFiles, shownPath } from '../collections/files';
import { REGISTRY } from '../collections/registry';
import { validateEntries } from '../collections/validate';
import { makeFinding, sortFindings, summarise, type Finding, type Summary } from './findings';
import { checkDrafts } from './drafts';
import { checkFiles } from './files';
import { checkGoalReferences } from './goals';
import { checkIdentity } from './identity';
import { buildContext } from './model';
import { checkReferences } from './refs';
import { checkSynonyms } from './synonyms';
import { checkTargets } from './targets';
import { checkFollowUps } from '../follow-up/check';
import { linkProblems, readNationalLinks } from '../follow-up/national';

export interface CheckResult {
  findings: Finding[];
  summary: Summary;
}

export interface CheckOptions {
  /** Paths in findings are relative to this folder (default: the working directory). */
  projectRoot?: string;
}

/** Files every content folder must have; without them every reference would look broken. */
const REQUIRED = [REGISTRY.municipalities.storage.file, REGISTRY.themes.storage.file, REGISTRY.targetGroups.storage.file];

export function checkContent(contentDir: string, options: CheckOptions = {}): CheckResult {
  const projectRoot = options.projectRoot ?? process.cwd();
  const shown = shownPath(contentDir, projectRoot) || '.';
  if (!existsSync(contentDir)) {
    throw new ContentReadError({ path: shown, line: 1, col: 1 }, 'content folder does not exist');
  }
  if (!statSync(contentDir).isDirectory()) {
    throw new ContentReadError({ path: shown, line: 1, col: 1 }, 'is not a folder (give the content folder, e.g. ./content)');
  }
  for (const name of REQUIRED) {
    if (!existsSync(join(contentDir, name))) {
      throw new ContentReadError(
        { path: shownPath(join(contentDir, name), projectRoot), line: 1, col: 1 },
        `file is missing: a content folder needs ${REQUIRED.join(', ')} (is "${shown}" the content folder?)`,
      );
    }
  }

  const loaded = loadContentFiles(contentDir, projectRoot);
  const { valid, findings: schemaFindings } = validateEntries(loaded.entries);
  const ctx = buildContext(loaded, valid);
  for (const f of schemaFindings) ctx.findings.push(makeFinding('schema', f.position, f.message));

  checkFiles(ctx);
  checkIdentity(ctx);
  checkReferences(ctx);
  checkGoalReferences(ctx);
  checkTargets(ctx);
  checkSynonyms(ctx);
  checkDrafts(ctx);
  checkFollowUps(ctx);
  const national = readNationalLinks(contentDir, (file) => shownPath(join(contentDir, file), projectRoot));
  // Entries that exist but fail their schema are reported there once, not again as missing here.
  const criteria = new Map(valid.initiatives.map((i) => [i.data.id, i.data.successCriteria.length] as const));
  for (const id of ctx.ids.initiatives) if (!criteria.has(id)) criteria.set(id, Infinity);
  for (const p of [...national.problems, ...linkProblems(national, valid.nationalGoals.map((g) => g.data), { goals: ctx.ids.goals, criteria })]) {
    ctx.report('national-goal', { path: p.file, line: p.line, col: p.col }, p.message);
  }

  const findings = sortFindings(ctx.findings);
  return { findings, summary: summarise(findings, loaded.files.length, loaded.entries.length) };
}

/** Exit code for a result: 1 when there are errors, else 0 (warnings allowed). */
export function exitCode(result: CheckResult): 0 | 1 {
  return result.summary.errors > 0 ? 1 : 0;
}
