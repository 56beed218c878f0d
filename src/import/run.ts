/**
 * The import assistant as a library: read FILE, clean its text, recognise the document, write
 * the draft files (never over existing ones without `force`), check the draft.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import { contentDir } from '../collections/content-dir';
import { checkDraft, type DraftCheck } from './check-draft';
import { cleanText } from './clean/text';
import { danishSpeller } from './clean/speller';
import { InputError, readInput } from './input';
import { recognise } from './recognise/document';
import type { ImportDraft } from './recognise/model';
import { documentYaml, goalsYaml, initiativesYaml, reviewMarkdown, splitReview } from './write/yaml';

export interface ImportOptions {
  file: string;
  municipality: string;
  documentId?: string;
  /** Folder to write into (default: the catalogue's content folder). */
  out?: string;
  force?: boolean;
  /** Also write the review list as Markdown to this file. */
  report?: string;
  /** Run the checker on the draft (default true). */
  check?: boolean;
}

export interface ImportResult {
  draft: ImportDraft;
  /** Files written, relative to the working directory. */
  written: string[];
  check?: DraftCheck;
}

/** Raised when the import refuses to go on (existing files, unknown municipality …). */
export class ImportRefused extends Error {}

function municipalityIds(catalogue: string): Set<string> {
  const file = join(catalogue, 'municipalities.yaml');
  if (!existsSync(file)) return new Set();
  const data = load(readFileSync(file, 'utf8'));
  return new Set(Array.isArray(data) ? data.map((m) => (m as { id?: string }).id).filter((id): id is string => typeof id === 'string') : []);
}

/** Run one import. Throws InputError / ImportRefused with a message for the user. */
export async function runImport(options: ImportOptions, cwd = process.cwd()): Promise<ImportResult> {
  const catalogue = contentDir(process.env, cwd);
  const known = municipalityIds(catalogue);
  if (known.size > 0 && !known.has(options.municipality)) {
    const near = [...known].filter((id) => id.startsWith(options.municipality.slice(0, 3))).slice(0, 5);
    throw new ImportRefused(`--municipality ${options.municipality}: no such municipality in ${relative(cwd, join(catalogue, 'municipalities.yaml'))}${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`);
  }
  if (options.documentId !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.documentId)) {
    throw new ImportRefused(`--document-id ${options.documentId}: an id is lowercase ASCII words joined by "-" (æ→ae, ø→oe, å→aa)`);
  }
  const input = await readInput(resolve(cwd, options.file));
  const { lines } = cleanText(input.text);
  const needsSpeller = lines.some((l) => /\p{L}-\s*$/u.test(l.text));
  const draft = recognise(lines, {
    file: input.sourceName,
    municipality: options.municipality,
    ...(options.documentId ? { documentId: options.documentId } : {}),
    ...(needsSpeller ? { speller: danishSpeller() } : {}),
    ...(input.pdfTitle ? { pdfTitle: input.pdfTitle } : {}),
  });

  const out = resolve(cwd, options.out ?? catalogue);
  const folder = join(out, 'documents', draft.document.id);
  const review = splitReview(draft);
  const files: Array<[string, string]> = [[join(folder, 'document.yaml'), documentYaml(draft, review.document)]];
  if (draft.goals.length) files.push([join(folder, 'goals.yaml'), goalsYaml(draft, review.goals)]);
  if (draft.initiatives.length) files.push([join(folder, 'initiatives.yaml'), initiativesYaml(draft, review.initiatives)]);
  const sourcePath = join(out, 'sources', input.sourceName);
  const sameSource = existsSync(sourcePath) && readFileSync(sourcePath, 'utf8') === input.text;
  if (!sameSource) files.push([sourcePath, input.text]);
  if (options.report) files.push([resolve(cwd, options.report), reviewMarkdown(draft)]);

  const existing = files.map(([path]) => path).filter((path) => existsSync(path));
  if (existing.length > 0 && !options.force) {
    throw new ImportRefused(
      `would overwrite existing content: ${existing.map((p) => relative(cwd, p)).join(', ')}; nothing was written (use --force to overwrite, or --document-id/--out to write elsewhere)`,
    );
  }
  for (const [path, text] of files) {
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  const written = files.map(([path]) => relative(cwd, path));
  const check = options.check === false ? undefined : checkDraft(out, draft.document.id, catalogue, cwd);
  return { draft, written, ...(check ? { check } : {}) };
}

export { InputError };
