/**
 * Importing follow-up values from a CSV file into the content (npm run import:follow-ups -- FILE.csv).
 *
 * The file: UTF-8 (a BOM is allowed), ";"-separated, a header row
 * `goal id;measure;year;value;unit;source title;source url`, then one value per row. "goal id" is a
 * goal's id (then "measure" is its measure number, from 1) or an initiative's id (then "measure" is
 * its success criterion number, from 1). A decimal comma is allowed ("21,5").
 *
 * All or nothing: every row is checked first (row number + reason for each bad row); then the
 * values are written into a copy of the content folder and the reference checker runs on the copy;
 * only when it finds no error are the changed files written back. Comments and layout of the YAML
 * files are kept (the `yaml` document API).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, parseDocument, type Document, YAMLMap, YAMLSeq } from 'yaml';
import { checkContent } from '../checker/check';
import { followUpSchema } from './schema';

export const HEADER = ['goal id', 'measure', 'year', 'value', 'unit', 'source title', 'source url'] as const;

/** One good row, ready to write. */
export interface ImportRow {
  row: number;
  entryId: string;
  kind: 'goal' | 'initiative';
  position: number;
  followUp: { value: number; unit: string; year: number; source: { title: string; url: string } };
}

export interface RowProblem {
  row: number;
  reason: string;
}

/** Where an entry is written: its file, the parsed document (with comments) and its index in the list. */
interface Located {
  file: string;
  doc: Document.Parsed;
  index: number;
  kind: 'goal' | 'initiative';
}

/** Every goal and initiative of a content folder, by id, with its file. */
function locateEntries(contentDir: string): { entries: Map<string, Located>; docs: Map<string, Document.Parsed> } {
  const entries = new Map<string, Located>();
  const docs = new Map<string, Document.Parsed>();
  const docsDir = join(contentDir, 'documents');
  if (!existsSync(docsDir)) return { entries, docs };
  for (const folder of readdirSync(docsDir).sort()) {
    for (const [name, kind] of [['goals.yaml', 'goal'], ['initiatives.yaml', 'initiative']] as const) {
      const file = join(docsDir, folder, name);
      if (!existsSync(file)) continue;
      const doc = parseDocument(readFileSync(file, 'utf8'));
      docs.set(file, doc);
      if (!isSeq(doc.contents)) continue;
      doc.contents.items.forEach((item, index) => {
        const id = isMap(item) ? item.get('id') : undefined;
        if (typeof id === 'string') entries.set(id, { file, doc, index, kind });
      });
    }
  }
  return { entries, docs };
}

const number = (text: string): number | undefined => {
  const t = text.trim().replace(/\s/g, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
};

/** The measure (goal) or success criterion (initiative) a row points at, as a plain object. */
function target(loc: Located, position: number): Record<string, unknown> | undefined {
  const list = (loc.doc.getIn([loc.index, loc.kind === 'goal' ? 'measures' : 'successCriteria']) as YAMLSeq | undefined)?.toJSON() as Record<string, unknown>[] | undefined;
  return list?.[position - 1];
}

/** Checks every row of the CSV text against the content; returns the good rows and every problem. */
export function readRows(csv: string, contentDir: string): { rows: ImportRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  let records: string[][];
  try {
    records = parseCsv(csv.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (e) {
    return { rows: [], problems: [{ row: 1, reason: `not a readable CSV file: ${(e as Error).message}` }] };
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  if (header.join(';') !== HEADER.join(';')) {
    return { rows: [], problems: [{ row: 1, reason: `the first row must be the header "${HEADER.join(';')}", found "${(records[0] ?? []).join(';')}"` }] };
  }
  const { entries } = locateEntries(contentDir);
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, k) => {
    const row = k + 2;
    const bad = (reason: string) => problems.push({ row, reason });
    if (cells.length !== HEADER.length) return bad(`has ${cells.length} fields, expected ${HEADER.length} (${HEADER.join(';')})`);
    const [entryId, measureText, yearText, valueText, unit, title, url] = cells as [string, string, string, string, string, string, string];
    const loc = entries.get(entryId);
    if (!loc) return bad(`no goal or initiative has the id "${entryId}"`);
    const position = Number(measureText);
    if (!Number.isInteger(position) || position < 1) return bad(`measure "${measureText}" must be a number from 1`);
    const what = loc.kind === 'goal' ? `measure ${position} of goal "${entryId}"` : `success criterion ${position} of initiative "${entryId}"`;
    const m = target(loc, position);
    if (!m) return bad(`${what} does not exist`);
    const value = number(valueText);
    if (value === undefined) return bad(`value "${valueText}" is not a number (write e.g. 21,5)`);
    const year = Number(yearText);
    const parsed = followUpSchema.safeParse({ value, unit, year, source: { title, url: url || undefined } });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return bad(`${issue.path.join('.') || 'row'}: ${issue.message}`);
    }
    const t = m.target as Record<string, unknown> | undefined;
    const measureUnit = (loc.kind === 'goal' ? m.unit : t?.unit) as string | undefined;
    if (loc.kind === 'initiative' && t?.value === undefined) return bad(`${what} has no number, so a follow-up value has nothing to be compared with`);
    if (measureUnit !== undefined && unit !== measureUnit) return bad(`unit "${unit}" is not the unit of ${what} ("${measureUnit}")`);
    const baselineYear = (m.baseline as { year?: number } | undefined)?.year;
    if (baselineYear !== undefined && year < baselineYear) return bad(`year ${year} is before the baseline year ${baselineYear} of ${what}`);
    const key = `${entryId}/${position}/${year}`;
    const existing = ((m.followUps as { year: number }[] | undefined) ?? []).some((f) => f.year === year);
    if (existing) return bad(`${what} already has a follow-up value for ${year}; add a second one by hand with a note saying why`);
    if (seen.has(key)) return bad(`repeats row ${seen.get(key)} (${what}, ${year})`);
    seen.set(key, row);
    rows.push({ row, entryId, kind: loc.kind, position, followUp: { value, unit, year, source: { title, url } } });
  });
  return { rows, problems };
}

/** Writes the rows into the YAML documents of `contentDir` (in memory); returns the changed files' text. */
export function applyRows(rows: readonly ImportRow[], contentDir: string): Map<string, string> {
  const { entries } = locateEntries(contentDir);
  const changed = new Set<Document.Parsed>();
  const fileOf = new Map<Document.Parsed, string>();
  for (const r of rows) {
    const loc = entries.get(r.entryId)!;
    const path = [loc.index, loc.kind === 'goal' ? 'measures' : 'successCriteria', r.position - 1];
    const holder = loc.doc.getIn(path, true) as YAMLMap;
    let list = holder.get('followUps', true) as YAMLSeq | undefined;
    if (!list) {
      list = new YAMLSeq();
      holder.set('followUps', list);
    }
    list.items.push(loc.doc.createNode(r.followUp));
    changed.add(loc.doc);
    fileOf.set(loc.doc, loc.file);
  }
  return new Map([...changed].map((doc) => [fileOf.get(doc)!, doc.toString({ lineWidth: 0 })]));
}

export interface ImportResult {
  ok: boolean;
  /** Lines to print: problems ("row 3: …") or what was written. */
  report: string[];
  written: string[];
}

/**
 * The whole import: check the rows, write them into a copy, run the checker on the copy, and only
 * then write the changed files into `contentDir`. Nothing is written when anything is wrong.
 */
export function importFollowUps(csvPath: string, contentDir: string, projectRoot = process.cwd()): ImportResult {
  if (!existsSync(csvPath)) return { ok: false, report: [`${csvPath}: file not found`], written: [] };
  const { rows, problems } = readRows(readFileSync(csvPath, 'utf8'), contentDir);
  if (problems.length > 0) {
    return { ok: false, report: [...problems.map((p) => `${csvPath}: row ${p.row}: ${p.reason}`), `nothing was written (${problems.length} bad row${problems.length === 1 ? '' : 's'})`], written: [] };
  }
  if (rows.length === 0) return { ok: false, report: [`${csvPath}: no rows to import`], written: [] };

  const scratch = mkdtempSync(join(tmpdir(), 'follow-up-import-'));
  try {
    const copy = join(scratch, 'content');
    cpSync(contentDir, copy, { recursive: true });
    const inCopy = applyRows(rows, copy);
    for (const [file, text] of inCopy) writeFileSync(file, text);
    const check = checkContent(copy, { projectRoot: copy });
    const errors = check.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      return { ok: false, report: [...errors.map((f) => `${f.path}:${f.line}:${f.col}  ${f.message}  [${f.rule}]`), 'the checker refused the result: nothing was written'], written: [] };
    }
    // Every changed file is staged beside its original first, then each is renamed into place.
    const staged = [...inCopy].map(([file, text]) => {
      const real = join(contentDir, relative(copy, file));
      const tmp = `${real}.import-${process.pid}`;
      writeFileSync(tmp, text);
      return [tmp, real] as const;
    });
    for (const [tmp, real] of staged) renameSync(tmp, real);
    const written = staged.map(([, real]) => relative(projectRoot, real));
    return { ok: true, report: [`imported ${rows.length} follow-up value${rows.length === 1 ? '' : 's'} into ${written.length} file${written.length === 1 ? '' : 's'}:`, ...written.map((w) => `  ${w}`), 'check: 0 errors'], written };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
