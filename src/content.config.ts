/**
 * Astro content collections. Entries are read from content/ by the same loader the reference
 * checker uses (src/collections/files.ts), so the site and the checker can never disagree
 * about what the content is (src/collections/loader.ts; in `astro dev` it watches content/).
 * Schemas live in src/collections/schemas/.
 */
import { defineCollection } from 'astro:content';

import type { CollectionName } from './collections/files';
import { catalogueLoader } from './collections/loader';
import {
  caseSchema,
  documentSchema,
  goalSchema,
  idSchema,
  initiativeSchema,
  municipalitySchema,
  relatedDocumentSchema,
  termSchema,
} from './collections/schemas';

/** The folder a goal, initiative or case lives in names its document. */
const inDocument = { document: idSchema.describe('Id of the document the entry belongs to (its folder).') };

export const collections = {
  municipalities: defineCollection({ loader: catalogueLoader('municipalities'), schema: municipalitySchema }),
  themes: defineCollection({ loader: catalogueLoader('themes'), schema: termSchema }),
  targetGroups: defineCollection({ loader: catalogueLoader('targetGroups'), schema: termSchema }),
  relatedDocuments: defineCollection({ loader: catalogueLoader('relatedDocuments'), schema: relatedDocumentSchema }),
  documents: defineCollection({ loader: catalogueLoader('documents'), schema: documentSchema }),
  goals: defineCollection({ loader: catalogueLoader('goals'), schema: goalSchema.extend(inDocument) }),
  initiatives: defineCollection({ loader: catalogueLoader('initiatives'), schema: initiativeSchema.extend(inDocument) }),
  cases: defineCollection({ loader: catalogueLoader('cases'), schema: caseSchema.extend(inDocument) }),
} satisfies Record<CollectionName, unknown>;


