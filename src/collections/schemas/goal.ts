/**
 * A goal ("mål", "målsætning") of a document (content/documents/<doc>/goals.yaml, a list).
 */
import { z } from 'astro/zod';
import { directionSchema, followUpsSchema } from '../../follow-up/schema';
import { idSchema, idList, notesSchema, redirectFromSchema, sourceRefSchema, targetSchema, verbatim, yearSchema, draftSchema } from './common';

/** One measurable quantity a goal names: where it stood (baseline) and where it must go (target). */
export const measureSchema = z
  .object({
    description: z.string().trim().min(1).describe('What is measured, in the editor’s Danish words, e.g. "Forskel til landsgennemsnittet".'),
    unit: z.string().trim().min(1).describe('Unit of baseline and target, e.g. "procentpoint", "%", "karakterpoint".'),
    baseline: z
      .object({
        value: z.number().describe('The starting value the source gives.'),
        year: yearSchema.describe('Year of the starting value.'),
        text: z.string().trim().min(1).optional().describe('The baseline as the source words it.'),
      })
      .strict()
      .optional()
      .describe('Where the measure stood when the goal was set, as the source states it (value and year).'),
    target: targetSchema.optional().describe('Where the measure must go, as the source states it (value, deadline; unfilled when the source left the number open).'),
    direction: directionSchema,
    followUps: followUpsSchema,
  })
  .strict();
export type Measure = z.output<typeof measureSchema>;

export const goalSchema = z
  .object({
    id: idSchema.describe('Stable id; becomes /maal/<id>/, e.g. "hilleroed-2015-2018-maal-1".'),
    number: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('The goal number the source prints ("Mål 3" → 3). Initiatives cite goals by it. Omit when the source does not number the goal.'),
    label: z.string().trim().min(1).optional().describe('The label exactly as printed, e.g. "Mål 3". Omit when unnumbered.'),
    title: z.string().trim().min(1).describe('Editor’s short Danish heading for lists (not from the source; correct spelling).'),
    group: z.string().trim().min(1).optional().describe('Heading the source lists the goal under, verbatim (e.g. Høje-Taastrup’s "Bolig").'),
    section: idSchema.optional().describe('Id of the document section (tema/indsatsområde) the goal belongs to.'),
    text: verbatim('The full goal text'),
    details: z.array(z.string().trim().min(1)).default([]).describe('Bullet points the source prints under the goal, verbatim.'),
    measures: z.array(measureSchema).default([]).describe('Baselines and targets the goal states; empty when it states none.'),
    deadline: z
      .object({
        year: yearSchema.describe('Year of the deadline.'),
        text: z.string().trim().min(1).optional().describe('The deadline as the source words it, e.g. "inden udgangen af 2018".'),
      })
      .strict()
      .optional()
      .describe('Overall deadline of the goal, when it has one that is not tied to a measure.'),
    themes: idList('themes (content/themes.yaml)'),
    targetGroups: idList('target groups (content/target-groups.yaml)'),
    source: sourceRefSchema,
    notes: notesSchema,
    redirectFrom: redirectFromSchema,
    draft: draftSchema,
  })
  .strict();
export type Goal = z.output<typeof goalSchema>;
