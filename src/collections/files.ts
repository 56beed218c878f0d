/**
 * Reads the content folder straight from disk, keeping every entry's YAML node so that any
 * finding can point at the real line. Used by the Astro content loaders (src/content.config.ts)
 * and by the reference checker (scripts/check-references.ts), so both see the same entries.
 *
 * Layout (see content/README.md):
 *   content/municipalities.yaml, themes.yaml, target-groups.yaml, related-documents.yaml  (lists)
 *   content/documents/<document-id>/document.yaml                                       (one document)
 *   content/documents/<document-id>/{goals,initiatives,cases}.yaml                      (lists)
 *
 * Speed: the data is read with js-yaml (about ten times faster than the `yaml` package on a large
 * corpus), and each file's `yaml` Document with its LineCounter is built only when a position is
 * asked for (positionIn/positionOf, or `file.yaml`/`file.lines`), i.e. for files with findings.
 * When js-yaml refuses a file, the `yaml` parser is asked for the message and position, so a read
 * error reads the same as before. Both use the YAML 1.2 core schema (dates stay strings).
 *
 * Text is normalised to Unicode NFC as it is read, so every consumer (site, checker, open data)
 * sees composed letters whatever form the file was saved in; line numbers are unchanged. A tab in
 * the indentation that stops the parser is reported as such ("line 4 is indented with a tab").
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { REGISTRY, type CollectionName, type CollectionSpec, type Collections } from './registry';

export type { CollectionName } from './registry';

/** The top-level list files and the files a document folder may hold, of a set of collections. */
export function contentLayout(collections: Collections = REGISTRY): { lists: [CollectionName, string][]; documentParts: [CollectionName, string][] } {
  const lists: [CollectionName, string][] = [];
  const documentParts: [CollectionName, string][] = [];
  for (const [name, spec] of Object.entries(collections) as [CollectionName, CollectionSpec][]) {
    if (spec.storage.in === 'list') lists.push([name, spec.storage.file]);
    if (spec.storage.in === 'document-list') documentParts.push([name, spec.storage.file]);
  }
  return { lists, documentParts };
}

/** The name of the collection kept one entry per document folder (document.yaml). */
const documentCollection = (collections: Collections): CollectionName =>
  (Object.entries(collections).find(([, spec]) => spec.storage.in === 'document')?.[0] ?? 'documents') as CollectionName;

export interface ContentFile {
  /** Path relative to the project root, as printed in messages. */
  path: string;
  /** The collection the file holds entries of (`documents` for a document.yaml). */
  collection: CollectionName;
  /** The file's text. */
  text: string;
  /** The file's data (plain objects, arrays and scalars). */
  data: unknown;
  /** The parsed YAML document with source ranges (built on first use). */
  readonly yaml: Document.Parsed;
  /** Line starts of the file, for turning ranges into line:col (built on first use). */
  readonly lines: LineCounter;
}

const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

/** A YAML document of part of a file, with the number of lines before that part. */
interface PartDocument {
  yaml: Document.Parsed;
  lines: LineCounter;
  lineOffset: number;
}

/**
 * A content file whose `yaml` document is parsed only when a position is needed. For an entry of
 * a list file, only that entry's lines are parsed (see `item`), unless the whole file already is.
 */
class LazyContentFile implements ContentFile {
  #yaml: Document.Parsed | undefined;
  #lines: LineCounter | undefined;
  #itemStarts: number[] | null | undefined;
  readonly #items = new Map<number, PartDocument | null>();
  constructor(
    readonly path: string,
    readonly collection: CollectionName,
    readonly text: string,
    public data: unknown,
  ) {}
  get yaml(): Document.Parsed {
    if (!this.#yaml) {
      this.#lines = new LineCounter();
      this.#yaml = parseDocument(this.text, { ...YAML_OPTIONS, lineCounter: this.#lines });
    }
    return this.#yaml;
  }
  get lines(): LineCounter {
    void this.yaml;
    return this.#lines!;
  }
  get parsed(): boolean {
    return this.#yaml !== undefined;
  }

  /**
   * Offsets where the items of a top-level block sequence start ("- " at the sequence's
   * indentation), or null when the file is not such a list or the split does not match the data.
   */
  #starts(): number[] | null {
    if (this.#itemStarts !== undefined) return this.#itemStarts;
    this.#itemStarts = null;
    if (!Array.isArray(this.data)) return null;
    const first = /^( *)-(?=[ \t\r\n]|$)/m.exec(this.text);
    if (!first) return null;
    const indent = first[1]!;
    const starts: number[] = [];
    const re = new RegExp(`^${indent}-(?=[ \\t\\r\\n]|$)`, 'gm');
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) starts.push(m.index);
    if (starts.length === this.data.length) this.#itemStarts = starts;
    return this.#itemStarts;
  }

  /**
   * The YAML document of list item `index` alone, when its lines parse to exactly the entry's
   * data (anything unusual, e.g. an alias to another item, falls back to the whole file).
   */
  item(index: number): PartDocument | null {
    if (this.#items.has(index)) return this.#items.get(index)!;
    let part: PartDocument | null = null;
    const starts = this.#starts();
    if (starts) {
      const from = starts[index]!;
      const text = this.text.slice(from, starts[index + 1] ?? this.text.length);
      const lines = new LineCounter();
      const yaml = parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines });
      const same = yaml.errors.length === 0 && JSON.stringify((yaml.toJSON() as unknown[] | null)?.[0]) === JSON.stringify((this.data as unknown[])[index]);
      if (same) part = { yaml, lines, lineOffset: lineCount(this.text, from) };
    }
    this.#items.set(index, part);
    return part;
  }
}

/** Number of line breaks before `offset`. */
function lineCount(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export interface RawEntry {
  collection: CollectionName;
  file: ContentFile;
  /** YAML path of the entry inside its file ([] for a whole-file entry, [i] for a list item). */
  yamlPath: (string | number)[];
  /** For goals, initiatives and cases: the id of the document folder the entry lives in. */
  document?: string;
  data: unknown;
}

export interface Position {
  path: string;
  line: number;
  col: number;
}

/** A problem reading a file (it is missing, not YAML, or not the expected shape). */
export class ContentReadError extends Error {
  /** The message without the position prefix. */
  readonly reason: string;
  constructor(
    readonly position: Position,
    message: string,
  ) {
    super(`${position.path}:${position.line}:${position.col}  ${message}`);
    this.name = 'ContentReadError';
    this.reason = message;
  }
}

export interface LoadedContent {
  root: string;
  files: ContentFile[];
  entries: RawEntry[];
}

/** Where a YAML node starts, or the file start when there is no node. */
export function positionOf(file: ContentFile, node: Node | null | undefined): Position {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = file.lines.linePos(offset);
  return { path: file.path, line, col };
}

/**
 * The position of `path` inside an entry: the deepest YAML node that exists along the path,
 * so a missing field points at the entry (or object) that lacks it.
 */
export function positionIn(entry: RawEntry, path: readonly PropertyKey[] = []): Position {
  const keys = path.filter((p): p is string | number => typeof p !== 'symbol');
  const { file } = entry;
  const [index] = entry.yamlPath;
  if (file instanceof LazyContentFile && !file.parsed && entry.yamlPath.length === 1 && typeof index === 'number') {
    const part = file.item(index);
    if (part) {
      const node = deepestNode(part.yaml, [0, ...keys]);
      const { line, col } = part.lines.linePos(node?.range?.[0] ?? 0);
      return { path: file.path, line: line + part.lineOffset, col };
    }
  }
  const node = deepestNode(file.yaml, [...entry.yamlPath, ...keys]);
  return positionOf(file, node ?? (file.yaml.contents as Node | null));
}

/** The deepest node that exists along `path`. */
function deepestNode(yaml: Document.Parsed, path: (string | number)[]): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = yaml.getIn(path.slice(0, n), true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node) return node;
  }
  return undefined;
}

/** A path as printed in messages: relative to the project root, or absolute when outside it. */
export function shownPath(absPath: string, projectRoot: string): string {
  const rel = relative(projectRoot, absPath);
  return rel && !rel.startsWith('..') ? rel : absPath;
}

function readYaml(absPath: string, projectRoot: string, collection: CollectionName): ContentFile {
  const path = shownPath(absPath, projectRoot);
  let text: string;
  try {
    // One Unicode form for everything downstream (site, checker, open data): an NFD "å" typed on a
    // Mac is stored as "a" + U+030A and would otherwise reach the HTML and the data decomposed.
    text = readFileSync(absPath, 'utf8').normalize('NFC');
  } catch (err) {
    throw new ContentReadError({ path, line: 1, col: 1 }, `cannot read file: ${(err as Error).message}`);
  }
  const file = new LazyContentFile(path, collection, text, undefined);
  try {
    file.data = loadYaml(text, { schema: CORE_SCHEMA, filename: path }) ?? null;
    return file;
  } catch (err) {
    // Report what the `yaml` parser says (as the loader always did); js-yaml's words as a fallback.
    const first = file.yaml.errors[0];
    const position = first ? { path, ...file.lines.linePos(first.pos[0]) } : jsYamlPosition(path, err);
    const reason = first ? first.message : err instanceof YAMLException ? err.reason : (err as Error).message;
    const tab = indentingTab(text, position.line);
    if (tab) {
      throw new ContentReadError(
        { path, ...tab },
        `not valid YAML: line ${tab.line} is indented with a tab; YAML indents with spaces only (replace the tab with spaces, as many as the lines around it use)`,
      );
    }
    throw new ContentReadError(
      position,
      `not valid YAML: ${reason.split('\n')[0]} (check indentation, and quote text that contains ": " or starts with a special character)`,
    );
  }
}

/**
 * Where a tab sits in the indentation of the line a parser stopped at, or of the line before it
 * (a tab-indented line often makes the parser stop at the next one): line and column of the tab.
 */
function indentingTab(text: string, errorLine: number): { line: number; col: number } | undefined {
  const lines = text.split('\n');
  for (const line of [errorLine, errorLine - 1]) {
    const indent = /^[ \t-]*/.exec(lines[line - 1] ?? '')![0];
    const col = indent.indexOf('\t');
    if (col !== -1) return { line, col: col + 1 };
  }
  return undefined;
}

function jsYamlPosition(path: string, err: unknown): Position {
  const mark = err instanceof YAMLException ? err.mark : undefined;
  return { path, line: (mark?.line ?? 0) + 1, col: (mark?.column ?? 0) + 1 };
}

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function listEntries(collection: CollectionName, file: ContentFile, document?: string): RawEntry[] {
  if (file.data === null) return []; // an empty file is an empty list
  if (!Array.isArray(file.data)) {
    throw new ContentReadError(
      positionOf(file, file.yaml.contents as Node),
      `must be a YAML list of entries (each starting with "- id: …")`,
    );
  }
  return file.data.map((data: unknown, index) => ({ collection, file, yamlPath: [index], document, data }));
}

/**
 * Read everything under `contentDir`. Throws ContentReadError for a file that cannot be read
 * as YAML of the expected shape; schema problems are left to the caller (validate.ts).
 */
export function loadContentFiles(contentDir: string, projectRoot = process.cwd(), collections: Collections = REGISTRY): LoadedContent {
  const { lists, documentParts } = contentLayout(collections);
  const documents = documentCollection(collections);
  if (!existsSync(contentDir)) {
    throw new ContentReadError({ path: contentDir, line: 1, col: 1 }, 'content folder does not exist');
  }
  const files: ContentFile[] = [];
  const entries: RawEntry[] = [];
  const add = (f: ContentFile) => (files.push(f), f);

  for (const [collection, name] of lists) {
    const abs = join(contentDir, name);
    if (!existsSync(abs)) continue;
    entries.push(...listEntries(collection, add(readYaml(abs, projectRoot, collection))));
  }

  const docsDir = join(contentDir, 'documents');
  const folders = existsSync(docsDir)
    ? readdirSync(docsDir)
        .filter((name) => statSync(join(docsDir, name)).isDirectory())
        .sort()
    : [];
  for (const folder of folders) {
    const docPath = join(docsDir, folder, 'document.yaml');
    if (!existsSync(docPath)) {
      throw new ContentReadError(
        { path: shownPath(join(docsDir, folder), projectRoot), line: 1, col: 1 },
        'document folder has no document.yaml (every folder under content/documents/ describes one document)',
      );
    }
    const docFile = add(readYaml(docPath, projectRoot, documents));
    if (!isMapping(docFile.data)) {
      throw new ContentReadError(positionOf(docFile, docFile.yaml.contents as Node), 'document.yaml must be a YAML mapping (id: …, title: …)');
    }
    entries.push({ collection: documents, file: docFile, yamlPath: [], document: folder, data: docFile.data });
    for (const [collection, name] of documentParts) {
      const abs = join(docsDir, folder, name);
      if (existsSync(abs)) entries.push(...listEntries(collection, add(readYaml(abs, projectRoot, collection)), folder));
    }
    const unknown = readdirSync(join(docsDir, folder)).filter(
      (n) => n !== 'document.yaml' && !documentParts.some(([, file]) => file === n),
    );
    if (unknown.length > 0) {
      throw new ContentReadError(
        { path: shownPath(join(docsDir, folder, unknown[0]!), projectRoot), line: 1, col: 1 },
        `unexpected file in a document folder; allowed: document.yaml, ${documentParts.map(([, file]) => file).join(', ')}`,
      );
    }
  }
  return { root: contentDir, files, entries };
}
