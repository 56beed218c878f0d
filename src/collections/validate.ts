/**
 * Validates raw content entries against the zod schemas and turns every schema problem into a
 * finding that names the file, the line, the field and what to write instead. A misspelt field is
 * one finding with a suggestion ("did you mean …?"), and invisible characters are shown escaped.
 */
import type { z } from 'astro/zod';
import { showInvisible } from './schemas/common';
import { positionIn, type Position, type RawEntry } from './files';
import { REGISTRY, type CollectionName, type Collections, type EntryOf } from './registry';
import { editDistance } from '../text/distance';

/** An entry of each collection as its schema parses it. */
export type EntryTypes = { [C in CollectionName]: EntryOf<C> };

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

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

/** What a value is, for "expected …, got …": its kind, and the value itself when it is short. */
function describeInput(input: unknown): string {
  if (typeof input === 'string') return input.length <= 40 ? `text "${showInvisible(input)}"` : 'text';
  if (typeof input === 'number' || typeof input === 'boolean') return `${typeof input} ${String(input)}`;
  if (input === null) return 'nothing (null)';
  return typeof input === 'object' ? (Array.isArray(input) ? 'a list' : 'a mapping') : typeof input;
}

/** One schema issue in the editor's terms (unknown fields are worded by entryProblems). */
function describeIssue(issue: Issue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : '(entry)';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${field}: required field is missing (expected ${issue.expected})`;
      const numeric = issue.expected === 'number' && typeof issue.input === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(issue.input);
      const fix = numeric ? `; write the number without quotes: ${(issue.input as string).trim()}` : '';
      return `${field}: expected ${issue.expected}, got ${describeInput(issue.input)}${fix}`;
    }
    case 'invalid_value':
      return `${field}: "${showInvisible(String(issue.input))}" is not allowed; use one of: ${issue.values.join(', ')}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

/** The typo a misspelt field most likely is: the closest field of `known` within a few edits. */
function closestField(key: string, known: readonly string[]): string | undefined {
  const max = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const distance = editDistance(key.toLowerCase(), field.toLowerCase(), max);
    if (distance <= max && (!best || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}

/** Wrappers that hold one schema (optional, default, pipe …): the schema inside, else the schema itself. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return unwrap(def.innerType as z.core.$ZodType);
    case 'pipe':
      return unwrap(def.in as z.core.$ZodType);
    default:
      return schema;
  }
}

/** The schema one level down along `key` (a field of an object, an item of a list). */
function childSchemas(schema: z.core.$ZodType, key: Key): z.core.$ZodType[] {
  const def = unwrap(schema)._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap((o) => childSchemas(o, key));
    case 'object': {
      const child = (def.shape as Record<string, z.core.$ZodType>)[String(key)];
      return child ? [child] : [];
    }
    case 'array':
      return typeof key === 'number' ? [def.element as z.core.$ZodType] : [];
    case 'tuple': {
      const item = typeof key === 'number' ? (def.items as z.core.$ZodType[])[key] : undefined;
      return item ? [item] : [];
    }
    default:
      return [];
  }
}

/** The field names an object schema (or a union, optional, default … of object schemas) allows. */
function fieldsOf(schema: z.core.$ZodType): string[] {
  const def = unwrap(schema)._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object':
      return Object.keys(def.shape as object);
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap(fieldsOf);
    default:
      return [];
  }
}

/** The fields the schema allows at `path` inside an entry. */
function fieldsAt(schema: z.core.$ZodType, path: readonly Key[]): string[] {
  let level = [schema];
  for (const key of path) level = level.flatMap((s) => childSchemas(s, key));
  return [...new Set(level.flatMap(fieldsOf))];
}

function valueAt(data: unknown, path: readonly Key[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<Key, unknown>)[key] : undefined;
  return value;
}

/** A misspelt field and the field it most likely means. */
interface Typo {
  /** Path of the object that holds the field. */
  at: Key[];
  key: string;
  meant: string;
}

/** A copy of `data` with each typo's field renamed to the field it means (the rest shared). */
function withTyposFixed(data: unknown, typos: readonly Typo[]): unknown {
  const copy = structuredClone(data);
  for (const { at, key, meant } of typos) {
    const holder = valueAt(copy, at) as Record<string, unknown>;
    holder[meant] = holder[key];
    delete holder[key];
  }
  return copy;
}

const startsWith = (path: readonly Key[], prefix: readonly Key[]) => prefix.every((k, i) => path[i] === k);

/**
 * The schema problems of one entry, as (path, message) pairs. An unknown field gets one finding
 * each, at the field itself. A field that is a typo of an allowed field that the entry lacks
 * ("titel" for "title") is reported once, as `unknown field "titel" – did you mean "title"?`:
 * what follows from the typo alone (the missing "title", a rule about it) is not reported again.
 * Those findings come from checking the entry once more with the typo corrected.
 */
function entryProblems(schema: z.ZodType, data: unknown, issues: readonly Issue[]): { path: Key[]; message: string }[] {
  const typos: Typo[] = [];
  const unknown: { path: Key[]; message: string }[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const holder = valueAt(data, issue.path) as Record<string, unknown>;
    // Fields the object may have but lacks; each can be meant by one typo only.
    const lacking = new Set(fieldsAt(schema, issue.path).filter((f) => !(f in holder)));
    for (const key of issue.keys) {
      const meant = closestField(key, [...lacking]);
      if (meant) lacking.delete(meant);
      const prefix = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      if (meant) {
        typos.push({ at: [...issue.path], key, meant });
        unknown.push({ path: [...issue.path, key], message: `${prefix}unknown field "${showInvisible(key)}" – did you mean "${meant}"?` });
      } else {
        unknown.push({ path: [...issue.path, key], message: `${prefix}unknown field "${showInvisible(key)}"; check the spelling against the schema in src/collections/schemas/` });
      }
    }
  }
  let rest: readonly Issue[] = issues.filter((i) => i.code !== 'unrecognized_keys');
  if (typos.length > 0) {
    const again = schema.safeParse(withTyposFixed(data, typos), { reportInput: true });
    const fixed = typos.map((t) => [...t.at, t.meant]);
    // What is still wrong once the typos are corrected, except inside the corrected fields (their
    // values are checked when the editor has renamed them; their lines do not exist yet).
    rest = (again.error?.issues ?? []).filter((i) => i.code !== 'unrecognized_keys' && !fixed.some((f) => startsWith(i.path, f)));
  }
  return [...unknown, ...rest.map((issue) => ({ path: [...issue.path], message: describeIssue(issue) }))];
}

/** Label an entry in messages: its id when it has one. */
export function entryLabel(entry: RawEntry, collections: Collections = REGISTRY): string {
  const id = (entry.data as { id?: unknown } | null)?.id;
  const kind = collections[entry.collection]?.noun ?? entry.collection;
  return typeof id === 'string' ? `${kind} "${showInvisible(id)}"` : kind;
}

/** Validate entries against their collection's schema: the valid ones by collection, and a finding (file:line) for each problem. */
export function validateEntries(entries: RawEntry[], collections: Collections = REGISTRY) {
  const valid = {} as { [C in CollectionName]: Valid<C>[] };
  for (const c of Object.keys(collections) as CollectionName[]) valid[c] = [] as never;
  const findings: SchemaFinding[] = [];

  for (const entry of entries) {
    const schema = collections[entry.collection]!.schema;
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (result.success) {
      (valid[entry.collection] as Valid<CollectionName>[]).push({
        collection: entry.collection,
        raw: entry,
        document: entry.document,
        data: result.data as EntryTypes[CollectionName],
      });
      continue;
    }
    for (const { path, message } of entryProblems(schema, entry.data, result.error.issues)) {
      findings.push({ position: positionIn(entry, path), message: `${entryLabel(entry, collections)}: ${message}` });
    }
  }
  return { valid, findings };
}
