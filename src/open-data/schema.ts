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

export const goalExport = goalSchema
  .extend({
    ...inDocument,
    url,
    links: z
      .object({
        document: documentLink,
        municipality: municipalityLink.nullable(),
        section: sectionLink.nullable(),
        themes: z.array(themeLink),
        targetGroups: z.array(targetGroupRef),
        initiatives: z.array(initiativeLink).describe('Initiatives that serve the goal (a range reference counts for every goal in it).'),
      })
      .strict(),
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
    links: z
      .object({
        document: documentLink,
        municipality: municipalityLink.nullable(),
        sections: z.array(sectionLink),
        themes: z.array(themeLink),
        targetGroups: z.array(targetGroupRef),
        goals: z.array(goalLink).describe('Every goal served, once, in reference order.'),
      })
      .strict(),
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

/** The collections, as published one file each (/data/<file>.json) and together in catalogue.json. */
export const COLLECTIONS = {
  municipalities: { file: 'municipalities', schema: municipalityExport },
  themes: { file: 'themes', schema: themeExport },
  targetGroups: { file: 'target-groups', schema: targetGroupExport },
  documents: { file: 'documents', schema: documentExport },
  goals: { file: 'goals', schema: goalExport },
  initiatives: { file: 'initiatives', schema: initiativeExport },
  cases: { file: 'cases', schema: caseExport },
  relatedDocuments: { file: 'related-documents', schema: relatedDocumentExport },
} as const;
export type CollectionKey = keyof typeof COLLECTIONS;
export const COLLECTION_KEYS = Object.keys(COLLECTIONS) as CollectionKey[];

export const catalogueExport = z
  .object({
    $schema: z.string().describe('URL of this file’s JSON Schema.'),
    name: z.string().describe('Name of the catalogue.'),
    description: z.string(),
    site: z.url().describe('Base URL of the site the data was built for.'),
    generated: z.iso.datetime({ offset: true }).describe('When the build wrote the file (ISO 8601).'),
    terms: z.string().describe('Terms of reuse, in Danish (see the Data page).'),
    counts: z.object(Object.fromEntries(COLLECTION_KEYS.map((k) => [k, z.number().int()])) as Record<CollectionKey, z.ZodNumber>).strict(),
    ...(Object.fromEntries(COLLECTION_KEYS.map((k) => [k, z.array(COLLECTIONS[k].schema)])) as {
      [K in CollectionKey]: z.ZodArray<(typeof COLLECTIONS)[K]['schema']>;
    }),
  })
  .strict()
  .describe('Integrationskataloget: every entry of the catalogue, with its references resolved to ids and URLs.');

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

/** Content files editors write, and the schema of each (io: 'input': defaults may be omitted). */
export const CONTENT_FILES = {
  municipalities: { match: 'content/municipalities.yaml', schema: z.array(municipalitySchema), title: 'content/municipalities.yaml: the 98 municipalities' },
  themes: { match: 'content/themes.yaml', schema: z.array(termSchema), title: 'content/themes.yaml: the theme taxonomy' },
  'target-groups': { match: 'content/target-groups.yaml', schema: z.array(termSchema), title: 'content/target-groups.yaml: the target groups' },
  'related-documents': { match: 'content/related-documents.yaml', schema: z.array(relatedDocumentSchema), title: 'content/related-documents.yaml: documents known by title' },
  document: { match: 'content/documents/*/document.yaml', schema: documentSchema, title: 'content/documents/<id>/document.yaml: one document' },
  goals: { match: 'content/documents/*/goals.yaml', schema: z.array(goalSchema), title: 'content/documents/<id>/goals.yaml: the goals of a document' },
  initiatives: { match: 'content/documents/*/initiatives.yaml', schema: z.array(initiativeSchema), title: 'content/documents/<id>/initiatives.yaml: the initiatives of a document' },
  cases: { match: 'content/documents/*/cases.yaml', schema: z.array(caseSchema), title: 'content/documents/<id>/cases.yaml: the cases a document describes' },
} as const;

/** Every JSON Schema file, by its path under public/data/schema/. */
export function allJsonSchemas(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [name, f] of Object.entries(CONTENT_FILES)) {
    out[`content/${name}.schema.json`] = toJsonSchema(f.schema, 'input', {
      title: f.title,
      description: 'Editor-facing schema of a content file of Integrationskataloget (generated from src/collections/schemas/ by npm run schemas).',
    });
  }
  out['export/catalogue.schema.json'] = toJsonSchema(catalogueExport, 'output', { title: 'Integrationskataloget: /data/catalogue.json' });
  out['export/coverage.schema.json'] = toJsonSchema(coverageExportSchema, 'output', { title: 'Integrationskataloget: /data/coverage.json' });
  out['export/measures.schema.json'] = toJsonSchema(z.array(measureRowSchema), 'output', {
    title: 'Integrationskataloget: /data/measures.json',
    description: 'Every measure of the catalogue, one row each (the same rows and fields as measures.csv).',
  });
  for (const key of COLLECTION_KEYS) {
    const c = COLLECTIONS[key];
    out[`export/${c.file}.schema.json`] = toJsonSchema(z.array(c.schema), 'output', {
      title: `Integrationskataloget: /data/${c.file}.json`,
      description: c.schema.description,
    });
  }
  return out;
}
