/**
 * The checker's findings for one content file, for the CMS to show the editor right after a save:
 * the whole content folder is checked (a goal reference is checked against the goals file, a
 * duplicate id against every file), and the findings in the saved file are returned, errors first.
 * A file that cannot be read at all (broken YAML) gives that one error.
 */
import { join } from 'node:path';
import { checkContent } from '../checker/check';
import type { Finding } from '../checker/findings';
import { ContentReadError, shownPath } from '../collections/files';

export interface FileFindings {
  /** The file, as the checker names it (relative to the project, e.g. "content/documents/x/initiatives.yaml"). */
  file: string;
  findings: Pick<Finding, 'line' | 'col' | 'severity' | 'rule' | 'message' | 'hint'>[];
  /** Errors and warnings in the rest of the content folder, for "and N elsewhere". */
  elsewhere: { errors: number; warnings: number };
}

/** The findings of `npm run check` that concern `path` (relative to the content folder). */
export function findingsFor(contentDir: string, path: string, projectRoot = process.cwd()): FileFindings {
  const file = shownPath(join(contentDir, path), projectRoot);
  try {
    const { findings } = checkContent(contentDir, { projectRoot });
    const mine = findings.filter((f) => f.path === file);
    const rest = findings.filter((f) => f.path !== file);
    const order = (f: Finding) => (f.severity === 'error' ? 0 : 1);
    return {
      file,
      findings: [...mine].sort((a, b) => order(a) - order(b) || a.line - b.line).map(({ line, col, severity, rule, message, hint }) => ({ line, col, severity, rule, message, hint })),
      elsewhere: { errors: rest.filter((f) => f.severity === 'error').length, warnings: rest.filter((f) => f.severity === 'warning').length },
    };
  } catch (err) {
    if (!(err instanceof ContentReadError)) throw err;
    const here = err.position.path === file;
    return {
      file,
      findings: here ? [{ line: err.position.line, col: err.position.col, severity: 'error', rule: 'schema', message: err.reason, hint: '' }] : [],
      elsewhere: { errors: here ? 0 : 1, warnings: 0 },
    };
  }
}
