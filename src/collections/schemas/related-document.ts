/**
 * A document known only by its title: the "Relaterede dokumenter" list of the Kerteminde source
 * (content/related-documents.yaml). Metadata only; no text of it is in the catalogue.
 */
import { z } from 'astro/zod';
import { idSchema, notesSchema, sourceRefSchema, verbatim, yearSchema } from './common';
import { documentTypeSchema } from './taxonomy';

export const relatedDocumentSchema = z
  .object({
    id: idSchema.describe('Stable id, e.g. "relateret-01".'),
    title: verbatim('Title as listed'),
    municipality: idSchema.optional().describe('Municipality, only where the title names or clearly identifies it.'),
    year: yearSchema.optional().describe('Year, only where the title states it.'),
    type: documentTypeSchema.optional().describe('Type, only where the title says it (e.g. "Integrationspolitik" → politik).'),
    listedIn: idSchema.describe('Id of the catalogue document whose source lists it.'),
    source: sourceRefSchema,
    notes: notesSchema,
  })
  .strict();
export type RelatedDocument = z.output<typeof relatedDocumentSchema>;
