/**
 * Validates raw content entries against the zod schemas and turns every schema problem into a
 * finding that names the file, the line, the field and what to write instead.
 */
import type { z } from 'astro/zod';
import {
  caseSchema,
  documentSchema,
  goalSchema,
  initiativeSchema,
  municipalitySchema,
  relatedDocumentSchema,
  termSchema,
  type Case,
  type CatalogueDocument,
  type Goal,
  type Initiative,
  type Municipality,
  type RelatedDocument,
  type Term,
} from '../schemas';
import { positionIn, type CollectionName, type Position, type RawEntry } from './content-files';

export const SCHEMAS = {
  municipalities: municipalitySchema,
  themes: termSchema,
  targetGroups: termSchema,
  relatedDocuments: relatedDocumentSchema,
  documents: documentSchema,
  goals: goalSchema,
  initiatives: initiativeSchema,
  cases: caseSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

export interface EntryTypes {
  municipalities: Municipality;
  themes: Term;
  targetGroups: Term;
  relatedDocuments: RelatedDocument;
  documents: CatalogueDocument;
  goals: Goal;
  initiatives: Initiative;
  cases: Case;
}

/** A valid entry: its parsed data plus where it came from. */
export interface Valid<C extends CollectionName> {
  collection: C;
  raw: RawEntry;
  document?: string;
  data: EntryTypes[C];
}

export interface SchemaFinding {
  position: Position;
  message: string;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : '(entry)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${field}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against the schema in src/schemas/`;
    case 'invalid_type':
      return issue.input === undefined
        ? `${field}: required field is missing (expected ${issue.expected})`
        : `${field}: expected ${issue.expected}, got ${typeof issue.input === 'object' ? (Array.isArray(issue.input) ? 'list' : 'mapping') : typeof issue.input}`;
    case 'invalid_value':
      return `${field}: "${String(issue.input)}" is not allowed; use one of: ${issue.values.join(', ')}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

/** Label an entry in messages: its id when it has one. */
export function entryLabel(entry: RawEntry): string {
  const id = (entry.data as { id?: unknown } | null)?.id;
  const kind = entry.collection.replace(/s$/, '');
  return typeof id === 'string' ? `${kind} "${id}"` : kind;
}

export function validateEntries(entries: RawEntry[]) {
  const valid = {} as { [C in CollectionName]: Valid<C>[] };
  for (const c of Object.keys(SCHEMAS) as CollectionName[]) valid[c] = [] as never;
  const findings: SchemaFinding[] = [];

  for (const entry of entries) {
    const result = SCHEMAS[entry.collection].safeParse(entry.data, { reportInput: true });
    if (result.success) {
      (valid[entry.collection] as Valid<CollectionName>[]).push({
        collection: entry.collection,
        raw: entry,
        document: entry.document,
        data: result.data as EntryTypes[CollectionName],
      });
      continue;
    }
    for (const issue of result.error.issues) {
      // An unknown field is reported at the field itself, not at the mapping that holds it.
      const path = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
      findings.push({ position: positionIn(entry, path), message: `${entryLabel(entry)}: ${describeIssue(issue)}` });
    }
  }
  return { valid, findings };
}
