/**
 * Astro content collections. Entries are read from content/ by the same loader the reference
 * checker uses (src/lib/content-files.ts), so the site and the checker can never disagree
 * about what the content is. Schemas live in src/schemas/.
 */
import { defineCollection } from 'astro:content';

import { loadContentFiles, type CollectionName } from './lib/content-files';
import { contentDir } from './lib/content-dir';
import {
  caseSchema,
  documentSchema,
  goalSchema,
  idSchema,
  initiativeSchema,
  municipalitySchema,
  relatedDocumentSchema,
  termSchema,
} from './schemas';

let cache: ReturnType<typeof loadContentFiles> | undefined;
const loaded = () => (cache ??= loadContentFiles(contentDir()));

/** Entries of one collection as { id, ...data }; goals, initiatives and cases also get `document`. */
const entriesOf = (name: CollectionName) => async () =>
  loaded()
    .entries.filter((e) => e.collection === name)
    .map((e) => {
      const data = e.data as Record<string, unknown> & { id: string };
      return name === 'goals' || name === 'initiatives' || name === 'cases' ? { ...data, document: e.document } : data;
    });

/** The folder a goal, initiative or case lives in names its document. */
const inDocument = { document: idSchema.describe('Id of the document the entry belongs to (its folder).') };

export const collections = {
  municipalities: defineCollection({ loader: entriesOf('municipalities'), schema: municipalitySchema }),
  themes: defineCollection({ loader: entriesOf('themes'), schema: termSchema }),
  targetGroups: defineCollection({ loader: entriesOf('targetGroups'), schema: termSchema }),
  relatedDocuments: defineCollection({ loader: entriesOf('relatedDocuments'), schema: relatedDocumentSchema }),
  documents: defineCollection({ loader: entriesOf('documents'), schema: documentSchema }),
  goals: defineCollection({ loader: entriesOf('goals'), schema: goalSchema.extend(inDocument) }),
  initiatives: defineCollection({ loader: entriesOf('initiatives'), schema: initiativeSchema.extend(inDocument) }),
  cases: defineCollection({ loader: entriesOf('cases'), schema: caseSchema.extend(inDocument) }),
} satisfies Record<CollectionName, unknown>;


