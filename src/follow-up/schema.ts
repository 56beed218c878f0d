/**
 * A follow-up value: what a measure (or a success criterion with a number) came to in a later year,
 * with the source it comes from. Never invented: a value without a source is refused.
 */
import { z } from 'astro/zod';
import { isoDateSchema, yearSchema } from '../collections/schemas/common';

/** Where a follow-up value comes from. A title, and a web address or a document to find it in. */
export const followUpSourceSchema = z
  .object({
    title: z.string().trim().min(1).describe('Title of the source, e.g. "Integrationsbarometer, Hillerød Kommune, udviklingsrapport 2019".'),
    publisher: z.string().trim().min(1).optional().describe('Who published it, e.g. "Udlændinge- og Integrationsministeriet".'),
    url: z.url({ protocol: /^https?$/, message: 'must be a web address starting with https:// or http://' }).optional().describe('Where the value can be read (https://…).'),
    document: z.string().trim().min(1).optional().describe('The document and place the value is printed in, when it is not online (e.g. "Årsrapport 2019, s. 12").'),
    date: z.union([isoDateSchema, yearSchema]).optional().describe('When the source was published: an ISO date (YYYY-MM-DD) or a year.'),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.document !== undefined, {
    message: 'a follow-up source needs `url` (a web address) or `document` (where the value is printed), so a reader can check the value',
    path: ['url'],
  })
  .describe('The source of a follow-up value: title, publisher, url or document, date.');

/** One follow-up value of a measure or a success criterion. */
export const followUpSchema = z
  .object({
    value: z.number().describe('The value the source gives, in the measure’s unit.'),
    unit: z.string().trim().min(1).describe('Unit of the value; must be the measure’s unit (e.g. "procentpoint", not "%").'),
    year: yearSchema.describe('The year the value describes (not the year it was published).'),
    date: isoDateSchema.optional().describe('The date the value describes, when the source gives one (YYYY-MM-DD, in `year`).'),
    source: followUpSourceSchema,
    note: z.string().trim().min(1).optional().describe('An editor’s note for the reader, e.g. why a year has two values (revised figures).'),
    generated: z
      .boolean()
      .default(false)
      .describe('True only in the generated test corpus: a made-up value, shown as such. Never true in real content.'),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.date && Number(f.date.slice(0, 4)) !== f.year) {
      ctx.addIssue({ code: 'custom', path: ['date'], input: f.date, message: `date ${f.date} is not in year ${f.year}; make year the date's year` });
    }
  })
  .describe('A follow-up value: value, unit, the year (or date) it describes, its source and an optional note.');
export type FollowUp = z.output<typeof followUpSchema>;

/** The follow-ups of a measure or criterion (none in the real corpus today). */
export const followUpsSchema = z
  .array(followUpSchema)
  .default([])
  .describe('Follow-up values recorded after the baseline, each with its source (see src/follow-up/). Never invent one.');

/** The editor’s reading of which way a target points, when neither a comparator nor a baseline says it. */
export const directionSchema = z
  .enum(['increase', 'decrease'])
  .optional()
  .describe('Which way the value must move, when the numbers do not say it (no baseline, no mindst/højst): "increase" or "decrease". The editor’s reading of the words, e.g. "falde" → decrease.');
