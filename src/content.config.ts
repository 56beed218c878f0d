/**
 * Astro content collections: one per collection of the registry (src/collections/registry.ts).
 * Entries are read from content/ by the same reader the reference checker uses
 * (src/collections/files.ts), so the site and the checker can never disagree about what the
 * content is (src/collections/loader.ts; in `astro dev` it watches content/).
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';

import { catalogueLoader } from './collections/loader';
import { COLLECTION_NAMES, REGISTRY, inDocumentFolder, type CollectionName, type StoredEntryOf } from './collections/registry';
import { idSchema } from './collections/schemas';

/** The folder a goal, initiative or case lives in names its document. */
const inDocument = { document: idSchema.describe('Id of the document the entry belongs to (its folder).') };

const collectionOf = (name: CollectionName) => {
  const { schema } = REGISTRY[name] as { schema: z.ZodObject };
  return defineCollection({ loader: catalogueLoader(name), schema: inDocumentFolder(REGISTRY[name]) ? schema.extend(inDocument) : schema });
};

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collectionOf(name)])) as {
  [C in CollectionName]: ReturnType<typeof defineCollection<z.ZodType<StoredEntryOf<C>>>>;
};
