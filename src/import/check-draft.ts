/**
 * Runs the project's checker on a draft. A draft folder holds only documents/<id>/ and
 * sources/, not the catalogue's municipalities, themes and target groups, so the check runs on a
 * temporary merge: a copy of the catalogue's content folder with the draft's document folder
 * (replacing one of the same id) and source text laid over it. Findings in the draft's files are
 * shown at the draft's own paths.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { checkContent, type CheckResult } from '../checker/check';

export interface DraftCheck {
  /** Findings in the draft's files, paths as seen from the working directory. */
  draft: CheckResult['findings'];
  /** Errors elsewhere in the merged catalogue (0 unless the catalogue itself has errors). */
  otherErrors: number;
}

/** Check the document `documentId` drafted into `outDir` against the catalogue in `catalogueDir`. */
export function checkDraft(outDir: string, documentId: string, catalogueDir: string, cwd = process.cwd()): DraftCheck {
  const out = resolve(cwd, outDir);
  const catalogue = resolve(cwd, catalogueDir);
  const draftFolder = `documents/${documentId}/`;
  let root = out;
  let temp: string | undefined;
  if (out !== catalogue) {
    temp = mkdtempSync(join(tmpdir(), 'import-check-'));
    cpSync(catalogue, temp, { recursive: true });
    rmSync(join(temp, 'documents', documentId), { recursive: true, force: true });
    cpSync(join(out, 'documents', documentId), join(temp, 'documents', documentId), { recursive: true });
    if (existsSync(join(out, 'sources'))) {
      for (const name of readdirSync(join(out, 'sources'))) cpSync(join(out, 'sources', name), join(temp, 'sources', name));
    }
    root = temp;
  }
  try {
    const result = checkContent(root, { projectRoot: root });
    const draft = result.findings
      .filter((f) => f.path.startsWith(draftFolder))
      .map((f) => ({ ...f, path: relative(cwd, join(out, f.path)) }));
    const otherErrors = result.findings.filter((f) => !f.path.startsWith(draftFolder) && f.severity === 'error').length;
    return { draft, otherErrors };
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}
