/**
 * The lookups the rules share: which ids exist, each document's sections and numbered goals.
 *
 * They are built from the raw entries, including entries that failed their schema: such an entry
 * already gets a `schema` error, and a reference to it should not add a second, misleading
 * "does not exist" error. The rules themselves only inspect valid entries.
 */
import { positionIn, type CollectionName, type LoadedContent, type Position, type RawEntry } from '../collections/files';
import type { Valid, validateEntries } from '../collections/validate';
import { makeFinding, type Finding } from './findings';
import type { RuleId } from './rules';

export interface GoalInfo {
  number: number;
  /** "Mål 3": the label the source prints, else "Mål <number>". */
  label: string;
  text: string | undefined;
  entry: RawEntry;
}

export interface DocumentInfo {
  id: string;
  folder: string;
  entry: RawEntry;
  sections: Set<string>;
  /** Numbered goals, first occurrence of each number. */
  goals: Map<number, GoalInfo>;
  /** Goals whose `number` cannot be read as a goal number (they have a schema error). */
  unnumbered: RawEntry[];
}

export type ValidContent = ReturnType<typeof validateEntries>['valid'];

export interface CheckContext {
  loaded: LoadedContent;
  valid: ValidContent;
  /** Ids present in each collection (valid or not). */
  ids: Record<CollectionName, Set<string>>;
  /** Documents by document id. */
  documents: Map<string, DocumentInfo>;
  /** Documents by folder name (goals, initiatives and cases know their folder). */
  folders: Map<string, DocumentInfo>;
  report(rule: RuleId, position: Position, message: string): void;
  /** Report at a field of an entry (YAML path inside the entry). */
  reportAt(rule: RuleId, entry: RawEntry | Valid<CollectionName>, path: readonly (string | number)[], message: string): void;
  findings: Finding[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The goal number an entry means: an integer, or one written as text ("8"), which the schema
 * refuses (one error there) but which must not make every reference to goal 8 an error too.
 */
export function goalNumberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}

/** An id as the editor meant it: without invisible characters (which the schema refuses). */
const meantId = (id: string) => id.replace(/[\p{Cf}\p{Cc}]/gu, '').trim();
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function goalLabel(number: number, label?: string): string {
  return label ?? `Mål ${number}`;
}

export function buildContext(loaded: LoadedContent, valid: ValidContent): CheckContext {
  const ids = {} as Record<CollectionName, Set<string>>;
  for (const c of Object.keys(valid) as CollectionName[]) ids[c] = new Set();
  const documents = new Map<string, DocumentInfo>();
  const folders = new Map<string, DocumentInfo>();

  for (const entry of loaded.entries) {
    const id = str(obj(entry.data).id);
    if (id !== undefined) (ids[entry.collection] ??= new Set()).add(id).add(meantId(id));
    if (entry.collection === 'documents' && entry.document !== undefined) {
      const data = obj(entry.data);
      const sections = new Set<string>();
      if (Array.isArray(data.sections)) for (const s of data.sections) if (str(obj(s).id)) sections.add(str(obj(s).id)!).add(meantId(str(obj(s).id)!));
      const info: DocumentInfo = { id: id ?? entry.document, folder: entry.document, entry, sections, goals: new Map(), unnumbered: [] };
      folders.set(entry.document, info);
      for (const key of [info.id, meantId(info.id)]) if (!documents.has(key)) documents.set(key, info);
    }
  }
  for (const entry of loaded.entries) {
    if (entry.collection !== 'goals' || entry.document === undefined) continue;
    const data = obj(entry.data);
    const doc = folders.get(entry.document);
    if (!doc) continue;
    const n = goalNumberOf(data.number);
    if (n === undefined) {
      if (data.number !== undefined) doc.unnumbered.push(entry);
      continue;
    }
    if (doc.goals.has(n)) continue;
    doc.goals.set(n, { number: n, label: goalLabel(n, str(data.label)), text: str(data.text), entry });
  }

  const findings: Finding[] = [];
  const report = (rule: RuleId, position: Position, message: string) => findings.push(makeFinding(rule, position, message));
  return {
    loaded,
    valid,
    ids,
    documents,
    folders,
    findings,
    report,
    reportAt: (rule, entry, path, message) => report(rule, positionIn('raw' in entry ? entry.raw : entry, path), message),
  };
}

/** "1–10", "1–4, 6, 8–9": a compact list of goal numbers for messages. */
export function describeNumbers(numbers: Iterable<number>): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** "line 12" (same file as `from`) or "file:line" of a field of an entry, for "first at …" in messages. */
export function where(entry: RawEntry, path: readonly (string | number)[] = [], from?: RawEntry): string {
  const p = positionIn(entry, path);
  return from?.file === entry.file ? `line ${p.line}` : `${p.path}:${p.line}`;
}
