/**
 * The one list of the catalogue's collections. Everything that needs to know which collections
 * exist derives it from here: the Astro collections (src/content.config.ts), reading the content
 * folder (files.ts), validation (validate.ts), the catalogue's input (catalogue/catalogue.ts), the
 * open data (/data/<name>.json and its JSON Schema), the editors' JSON Schemas and editor settings
 * (open-data/schema.ts, .vscode/settings.json), the checker's messages and the permalinks of the
 * collections that have pages.
 *
 * Adding a collection: write its zod schema in schemas/, add one entry here. Nothing else has to
 * change for it to be read, validated, built into the catalogue's input, exported and locked
 * (tests/collections/registry.test.ts proves it with a fixture collection).
 */
import type { z } from 'astro/zod';
import { nationalGoalSchema } from '../follow-up/national-schema';
import { caseSchema, documentSchema, goalSchema, initiativeSchema, municipalitySchema, relatedDocumentSchema, synonymSchema, termSchema } from './schemas';

/** Where the entries of a collection are written, relative to the content folder. */
export type Storage =
  /** One YAML list at the top of the content folder: content/<file>. */
  | { readonly in: 'list'; readonly file: string }
  /** One entry per document folder: content/documents/<folder>/document.yaml. */
  | { readonly in: 'document' }
  /** One YAML list in each document folder: content/documents/<folder>/<file>; each entry belongs to that document. */
  | { readonly in: 'document-list'; readonly file: string };

/** Everything the project needs to know about one collection. */
export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** The zod schema of one entry as an editor writes it (schemas/). */
  readonly schema: S;
  /** The file(s) its entries are written in. */
  readonly storage: Storage;
  /** Path prefix of the entries' own pages ("/maal/": /maal/<id>/), absent when entries have no page. */
  readonly urlPrefix?: string;
  /** One entry, in English, as the checker's messages name it ("goal", "target group"). */
  readonly noun: string;
  /** One entry and many, in Danish, as readers see them ("mål"/"mål", "målgruppe"/"målgrupper"). */
  readonly danish: { readonly singular: string; readonly plural: string };
  /** The open-data file name: /data/<openData>.json, schema export/<openData>.schema.json. */
  readonly openData: string;
  /** What the content file holds, for the editors' JSON Schema title ("the goals of a document"). */
  readonly fileHolds: string;
}

const spec = <const S extends z.ZodType, const St extends Storage>(s: CollectionSpec<S> & { storage: St }) => s;

/**
 * The collections, in the order the open data lists them (catalogue.json) and the content folder
 * is read (lists first, then each document folder).
 */
export const REGISTRY = {
  municipalities: spec({
    schema: municipalitySchema,
    storage: { in: 'list', file: 'municipalities.yaml' },
    urlPrefix: '/kommuner/',
    noun: 'municipality',
    danish: { singular: 'kommune', plural: 'kommuner' },
    openData: 'municipalities',
    fileHolds: 'the 98 municipalities',
  }),
  themes: spec({
    schema: termSchema,
    storage: { in: 'list', file: 'themes.yaml' },
    urlPrefix: '/temaer/',
    noun: 'theme',
    danish: { singular: 'tema', plural: 'temaer' },
    openData: 'themes',
    fileHolds: 'the theme taxonomy',
  }),
  targetGroups: spec({
    schema: termSchema,
    storage: { in: 'list', file: 'target-groups.yaml' },
    noun: 'target group',
    danish: { singular: 'målgruppe', plural: 'målgrupper' },
    openData: 'target-groups',
    fileHolds: 'the target groups',
  }),
  documents: spec({
    schema: documentSchema,
    storage: { in: 'document' },
    urlPrefix: '/dokumenter/',
    noun: 'document',
    danish: { singular: 'dokument', plural: 'dokumenter' },
    openData: 'documents',
    fileHolds: 'one document',
  }),
  goals: spec({
    schema: goalSchema,
    storage: { in: 'document-list', file: 'goals.yaml' },
    urlPrefix: '/maal/',
    noun: 'goal',
    danish: { singular: 'mål', plural: 'mål' },
    openData: 'goals',
    fileHolds: 'the goals of a document',
  }),
  initiatives: spec({
    schema: initiativeSchema,
    storage: { in: 'document-list', file: 'initiatives.yaml' },
    urlPrefix: '/indsatser/',
    noun: 'initiative',
    danish: { singular: 'indsats', plural: 'indsatser' },
    openData: 'initiatives',
    fileHolds: 'the initiatives of a document',
  }),
  cases: spec({
    schema: caseSchema,
    storage: { in: 'document-list', file: 'cases.yaml' },
    urlPrefix: '/cases/',
    noun: 'case',
    danish: { singular: 'case', plural: 'cases' },
    openData: 'cases',
    fileHolds: 'the cases a document describes',
  }),
  relatedDocuments: spec({
    schema: relatedDocumentSchema,
    storage: { in: 'list', file: 'related-documents.yaml' },
    noun: 'related document',
    danish: { singular: 'relateret dokument', plural: 'relaterede dokumenter' },
    openData: 'related-documents',
    fileHolds: 'documents known by title',
  }),
  synonyms: spec({
    schema: synonymSchema,
    storage: { in: 'list', file: 'synonyms.yaml' },
    noun: 'synonym group',
    danish: { singular: 'synonymgruppe', plural: 'synonymgrupper' },
    openData: 'synonyms',
    fileHolds: 'the search synonyms and abbreviations',
  }),
  nationalGoals: spec({
    schema: nationalGoalSchema,
    storage: { in: 'list', file: 'national-goals.yaml' },
    urlPrefix: '/nationale-maal/',
    noun: 'national goal',
    danish: { singular: 'nationalt mål', plural: 'nationale mål' },
    openData: 'national-goals',
    fileHolds: 'the national integration goals (Integrationsbarometeret)',
  }),
} as const;

/** A set of collections: REGISTRY, or (in tests) REGISTRY with a fixture collection added. */
export type Collections = Readonly<Record<string, CollectionSpec>>;
export type Registry = typeof REGISTRY;
export type CollectionName = keyof Registry;
export const COLLECTION_NAMES = Object.keys(REGISTRY) as CollectionName[];

/** An entry of collection C as parsed by its schema. */
export type EntryOf<C extends CollectionName> = z.output<Registry[C]['schema']>;
/** An entry of collection C as the catalogue receives it: entries kept in a document folder carry that document's id. */
export type StoredEntryOf<C extends CollectionName> = EntryOf<C> & (Registry[C]['storage'] extends { in: 'document-list' } ? { document: string } : unknown);

/** Is each entry of this collection kept in (and owned by) a document folder? */
export const inDocumentFolder = (s: CollectionSpec): boolean => s.storage.in === 'document-list';

/**
 * An entry as the site stores it: its data, plus `document` (the id of its folder) when the
 * collection keeps its entries in document folders. The one place this is decided, for the Astro
 * loader and for everything that builds the catalogue straight from the files (tests, permalinks).
 */
export function asStored<T extends object>(collection: CollectionName, data: T, document: string | undefined, collections: Collections = REGISTRY): T {
  const s = collections[collection];
  return s && inDocumentFolder(s) ? { ...data, document } : data;
}

/** The name of a collection's content file pattern, relative to the project: "content/documents/*\/goals.yaml". */
export function contentFilePattern(s: CollectionSpec, contentRoot = 'content'): string {
  switch (s.storage.in) {
    case 'list':
      return `${contentRoot}/${s.storage.file}`;
    case 'document':
      return `${contentRoot}/documents/*/document.yaml`;
    case 'document-list':
      return `${contentRoot}/documents/*/${s.storage.file}`;
  }
}

/** The content file an entry is written in, for messages that tell an editor where to write. */
export function contentFileOf(s: CollectionSpec, id: string, document?: string): string {
  switch (s.storage.in) {
    case 'list':
      return `content/${s.storage.file}`;
    case 'document':
      return `content/documents/${id}/document.yaml`;
    case 'document-list':
      return `content/documents/${document ?? '<document>'}/${s.storage.file}`;
  }
}

/** The file name of a collection's content file without ".yaml" (the editors' schema is content/<that>.schema.json). */
export const contentFileStem = (s: CollectionSpec): string => (s.storage.in === 'document' ? 'document' : s.storage.file.replace(/\.yaml$/, ''));
