/**
 * The open-data files' shapes, as zod schemas derived from the content schemas (src/collections/schemas/),
 * and the JSON Schema files generated from both:
 *
 *   public/data/schema/content/*.schema.json   what editors write (content/*.yaml), io: 'input'
 *   public/data/schema/export/*.schema.json    what the build publishes under /data/, io: 'output'
 *
 * An exported entry is its content entry as parsed (defaults filled in, list items always
 * { label?, text }) plus `url` (its page) and `links` (every id it names, resolved to the entry's
 * name and URL). `npm run schemas` writes the files; a test fails when they are out of date.
 */
import { z } from 'astro/zod';
import {
  caseSchema,
  documentSchema,
  goalRefSchema,
  goalSchema,
  idSchema,
  initiativeSchema,
  listItemSchema,
  municipalitySchema,
  relatedDocumentSchema,
  termSchema,
} from '../collections/schemas';
import { measureRowSchema } from './measures';
import { COLLECTION_NAMES, REGISTRY, contentFilePattern, contentFileStem, type CollectionName, type CollectionSpec, type Collections, type Registry } from '../collections/registry';
import { coverageExportSchema } from '../coverage/export';

const url = z.url().describe('Absolute URL of the page.');

/** A resolved reference: the id, a human name and the URL of its page. */
const link = <T extends z.ZodRawShape>(name: T) => z.object({ id: idSchema, ...name, url }).strict();

export const municipalityLink = link({ name: z.string(), code: z.string() }).describe('A municipality: id, name, 3-digit code, page.');
export const documentLink = link({ title: z.string() }).describe('A document: id, title, page.');
export const goalLink = link({ label: z.string().optional(), title: z.string() }).describe('A goal: id, label as printed ("Mål 3"), title, page.');
export const initiativeLink = link({ label: z.string().optional(), title: z.string() }).describe('An initiative: id, label as printed ("Indsats 4"), title, page.');
export const caseLink = link({ title: z.string() }).describe('A case: id, title, page.');
export const themeLink = link({ label: z.string() }).describe('A theme: id, label, page.');
export const sectionLink = link({ title: z.string() }).describe('A section of the document: id, title, its anchor on the document page.');
export const relatedLink = link({ title: z.string() }).describe('A related document: id, title, its row on the list of related documents.');
export const targetGroupRef = z.object({ id: idSchema, label: z.string() }).strict().describe('A target group: id and label (target groups have no page).');

const inDocument = { document: idSchema.describe('Id of the document the entry belongs to.') };

export const municipalityExport = municipalitySchema
  .extend({
    url,
    regionLabel: z.string().describe('Name of the region, e.g. "Region Hovedstaden".'),
    links: z
      .object({ documents: z.array(documentLink), cases: z.array(caseLink), relatedDocuments: z.array(relatedLink) })
      .strict(),
  })
  .describe('A municipality with its documents, cases and related documents.');

export const themeExport = termSchema
  .extend({
    url,
    counts: z
      .object({ documents: z.number().int(), goals: z.number().int(), initiatives: z.number().int(), cases: z.number().int() })
      .strict()
      .describe('How many entries carry the theme (goals and initiatives also through their section).'),
  })
  .describe('A theme of the shared taxonomy.');

export const targetGroupExport = termSchema.describe('A target group of the shared list.');

export const documentExport = documentSchema
  .safeExtend({
    url,
    typeLabel: z.string().describe('Danish label of `type`, e.g. "Handlingsprogram".'),
    links: z
      .object({
        municipality: municipalityLink.nullable(),
        themes: z.array(themeLink),
        sections: z.array(sectionLink),
        goals: z.array(goalLink),
        initiatives: z.array(initiativeLink),
        cases: z.array(caseLink),
        relatedDocuments: z.array(relatedLink),
      })
      .strict(),
  })
  .describe('A document with links to its municipality, goals, initiatives, cases and the documents it lists.');

/** The links of a goal or an initiative: its document, municipality, section(s), themes and target groups, then its own. */
const entryLinks = <S extends z.ZodRawShape, O extends z.ZodRawShape>(section: S, own: O) =>
  z.object({ document: documentLink, municipality: municipalityLink.nullable(), ...section, themes: z.array(themeLink), targetGroups: z.array(targetGroupRef), ...own }).strict();

export const goalExport = goalSchema
  .extend({
    ...inDocument,
    url,
    links: entryLinks(
      { section: sectionLink.nullable() },
      { initiatives: z.array(initiativeLink).describe('Initiatives that serve the goal (a range reference counts for every goal in it).') },
    ),
  })
  .describe('A goal with links to its document, municipality and the initiatives serving it.');

export const goalRefExport = goalRefSchema
  .safeExtend({
    document: idSchema.describe('Document the reference points into (the initiative’s own unless the source names another).'),
    resolved: z.array(goalLink).describe('The goals the reference resolves to: one goal, or every goal of a range.'),
  })
  .describe('A goal reference as recorded, with the goals it resolves to.');

export const initiativeExport = initiativeSchema
  .extend({
    ...inDocument,
    url,
    goals: z.array(goalRefExport).describe('The goals it serves, reference by reference, each resolved.'),
    links: entryLinks({ sections: z.array(sectionLink) }, { goals: z.array(goalLink).describe('Every goal served, once, in reference order.') }),
  })
  .describe('An initiative with its logic model, its goal references resolved, and links to its document and municipality.');

export const caseExport = caseSchema
  .extend({
    ...inDocument,
    url,
    links: z
      .object({
        document: documentLink,
        municipalities: z.array(municipalityLink),
        themes: z.array(themeLink),
        targetGroups: z.array(targetGroupRef),
      })
      .strict(),
  })
  .describe('A case with links to the document describing it and its municipalities.');

export const relatedDocumentExport = relatedDocumentSchema
  .extend({
    url: url.describe('Absolute URL of its row on the list of related documents.'),
    links: z.object({ listedIn: documentLink, municipality: municipalityLink.nullable() }).strict(),
  })
  .describe('A document known only by its title, with the catalogue document that lists it.');

/** The export schemas of the collections whose entries name others (their `links`). */
const LINKED_EXPORTS = {
  municipalities: municipalityExport,
  themes: themeExport,
  targetGroups: targetGroupExport,
  documents: documentExport,
  goals: goalExport,
  initiatives: initiativeExport,
  cases: caseExport,
  relatedDocuments: relatedDocumentExport,
} as const satisfies Partial<Record<CollectionName, z.ZodType>>;

type ExportSchemaOf<K extends CollectionName> = K extends keyof typeof LINKED_EXPORTS ? (typeof LINKED_EXPORTS)[K] : Registry[K]['schema'];

/** A collection's export schema: its own (with links) when it has one, else its entries as parsed plus `url` when they have pages. */
function exportSchemaOf(name: string, spec: CollectionSpec): z.ZodType {
  const linked = (LINKED_EXPORTS as Record<string, z.ZodType>)[name];
  if (linked) return linked;
  const base = spec.schema as unknown as z.ZodObject;
  return spec.urlPrefix ? base.extend({ url }) : base;
}

/** The collections of a registry as published: one file each (/data/<file>.json, the registry's openData) and together in catalogue.json. */
export function openDataCollections(collections: Collections = REGISTRY): Record<string, { file: string; schema: z.ZodType }> {
  return Object.fromEntries(Object.entries(collections).map(([name, spec]) => [name, { file: spec.openData, schema: exportSchemaOf(name, spec) }]));
}

export const COLLECTIONS = openDataCollections() as { [K in CollectionName]: { file: Registry[K]['openData']; schema: ExportSchemaOf<K> } };
export type CollectionKey = CollectionName;
export const COLLECTION_KEYS = COLLECTION_NAMES;

/** The schema of catalogue.json for a registry: the catalogue's metadata and every collection's entries. */
export function catalogueExportSchema(collections: Collections = REGISTRY) {
  const published = openDataCollections(collections);
  const names = Object.keys(published);
  return z
    .object({
      $schema: z.string().describe('URL of this file’s JSON Schema.'),
      name: z.string().describe('Name of the catalogue.'),
      description: z.string(),
      site: z.url().describe('Base URL of the site the data was built for.'),
      generated: z.iso.datetime({ offset: true }).describe('When the build wrote the file (ISO 8601).'),
      terms: z.string().describe('Terms of reuse, in Danish (see the Data page).'),
      counts: z.object(Object.fromEntries(names.map((k) => [k, z.number().int()]))).strict(),
      ...Object.fromEntries(names.map((k) => [k, z.array(published[k]!.schema)])),
    })
    .strict()
    .describe('Integrationskataloget: every entry of the catalogue, with its references resolved to ids and URLs.');
}

/** The shape of catalogue.json. */
export const catalogueExport = catalogueExportSchema() as unknown as z.ZodType<
  {
    $schema: string;
    name: string;
    description: string;
    site: string;
    generated: string;
    terms: string;
    counts: Record<CollectionKey, number>;
  } & { [K in CollectionKey]: z.output<ExportSchemaOf<K>>[] }
>;

export type CatalogueExport = z.output<typeof catalogueExport>;
export type ExportEntry<K extends CollectionKey> = z.output<(typeof COLLECTIONS)[K]['schema']>;

type JsonSchema = Record<string, unknown>;

/** The transform inside listItemSchema (a pipe: union → transform). */
const LIST_ITEM_TRANSFORM = (listItemSchema as unknown as { _zod: { def: { out: unknown } } })._zod.def.out;

/**
 * JSON Schema of a zod schema. In 'output' mode a list item's transform (a string becomes
 * { text }) cannot be expressed, so it is replaced by the object every item becomes.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output', meta: { title: string; description?: string }): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    target: 'draft-07',
    // 'any' lets the list item's transform through (it is replaced below); any other transform throws.
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def;
      if (io === 'output' && def.type === 'transform' && ctx.zodSchema !== LIST_ITEM_TRANSFORM) {
        throw new Error(`a transform other than the list item's cannot be represented in JSON Schema (path ${ctx.path.join('.')})`);
      }
      if (io === 'output' && ctx.zodSchema === (listItemSchema as unknown)) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as JsonSchema)[key];
        Object.assign(ctx.jsonSchema, {
          type: 'object',
          description: 'A list item: its text, and the label the source gives it ("1a") when it has one.',
          properties: { label: { type: 'string', minLength: 1 }, text: { type: 'string', minLength: 1 } },
          required: ['text'],
          additionalProperties: false,
        });
      }
    },
  }) as JsonSchema;
  const { $schema, ...rest } = json;
  return { $schema, title: meta.title, ...(meta.description ? { description: meta.description } : {}), ...rest };
}

/** Content files editors write, and the schema of each (io: 'input': defaults may be omitted), from a registry. */
export function contentFiles(collections: Collections = REGISTRY) {
  return Object.values(collections).map((spec) => {
    const match = contentFilePattern(spec);
    return {
      name: contentFileStem(spec),
      match,
      schema: spec.storage.in === 'document' ? spec.schema : z.array(spec.schema),
      title: `${match.replace('/*/', '/<id>/')}: ${spec.fileHolds}`,
    };
  });
}

/** The editors' settings (.vscode/settings.json) that attach each content file's JSON Schema (written by npm run schemas). */
export function editorSettings(collections: Collections = REGISTRY): Record<string, unknown> {
  return { 'yaml.schemas': Object.fromEntries(contentFiles(collections).map((f) => [`./public/data/schema/content/${f.name}.schema.json`, f.match])) };
}

/** Every JSON Schema file, by its path under public/data/schema/. */
export function allJsonSchemas(collections: Collections = REGISTRY): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const f of contentFiles(collections)) {
    out[`content/${f.name}.schema.json`] = toJsonSchema(f.schema, 'input', {
      title: f.title,
      description: 'Editor-facing schema of a content file of Integrationskataloget (generated from src/collections/schemas/ by npm run schemas).',
    });
  }
  out['export/catalogue.schema.json'] = toJsonSchema(catalogueExportSchema(collections), 'output', { title: 'Integrationskataloget: /data/catalogue.json' });
  out['export/coverage.schema.json'] = toJsonSchema(coverageExportSchema, 'output', { title: 'Integrationskataloget: /data/coverage.json' });
  out['export/measures.schema.json'] = toJsonSchema(z.array(measureRowSchema), 'output', {
    title: 'Integrationskataloget: /data/measures.json',
    description: 'Every measure of the catalogue, one row each (the same rows and fields as measures.csv).',
  });
  for (const c of Object.values(openDataCollections(collections))) {
    out[`export/${c.file}.schema.json`] = toJsonSchema(z.array(c.schema), 'output', {
      title: `Integrationskataloget: /data/${c.file}.json`,
      description: c.schema.description,
    });
  }
  return out;
}
