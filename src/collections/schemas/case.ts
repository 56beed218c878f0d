/**
 * A KL-style case: one municipality's (or several's) practice, described by a source document
 * (content/documents/<doc>/cases.yaml, a list).
 */
import { z } from 'astro/zod';
import { idSchema, idList, notesSchema, redirectFromSchema, sourceRefSchema, verbatim, draftSchema } from './common';

export const caseSchema = z
  .object({
    id: idSchema.describe('Stable id; becomes /cases/<id>/, e.g. "kl-2016-vejle-fast-track".'),
    title: z.string().trim().min(1).describe('Heading: the case’s own name where the source gives one, else an editor’s short title.'),
    titleIsEditorial: z.boolean().default(false).describe('True when `title` was written by the editor.'),
    municipalities: z.array(idSchema).min(1, { message: 'name at least one municipality id' }).describe('Municipalities the case is about.'),
    partners: z.array(z.string().trim().min(1)).default([]).describe('Partners the source names, verbatim.'),
    themes: idList('themes (content/themes.yaml)'),
    targetGroups: idList('target groups (content/target-groups.yaml)'),
    summary: verbatim('The case description'),
    source: sourceRefSchema,
    notes: notesSchema,
    redirectFrom: redirectFromSchema,
    draft: draftSchema,
  })
  .strict();
export type Case = z.output<typeof caseSchema>;
