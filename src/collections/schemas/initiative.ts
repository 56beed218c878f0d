/**
 * An initiative ("indsats") of a document (content/documents/<doc>/initiatives.yaml, a list),
 * with its logic model: resources → activities → outputs → indicators → the goals it serves.
 */
import { z } from 'astro/zod';
import { directionSchema, followUpsSchema } from '../../follow-up/schema';
import { idSchema, idList, listItemSchema, notesSchema, periodSchema, redirectFromSchema, sourceRefSchema, targetSchema, verbatim, yearSchema, draftSchema } from './common';

/**
 * A reference from an initiative to a goal it serves: one goal (`goal`) or a range (`from`–`to`).
 * Record the goal the reference really points to; when the source prints another number,
 * keep that in `citedAs` and explain in `note` (never repair silently).
 */
export const goalRefSchema = z
  .object({
    document: idSchema.optional().describe('Document whose goal is meant; omit for the initiative’s own document.'),
    goal: z.number().int().positive().optional().describe('Number of the goal served (the goal’s `number`).'),
    from: z.number().int().positive().optional().describe('First goal number of a range ("mål 1-9" → 1).'),
    to: z.number().int().positive().optional().describe('Last goal number of a range ("mål 1-9" → 9).'),
    citedAs: z.string().trim().min(1).optional().describe('The reference exactly as the source prints it, e.g. "Mål 5" or "mål 1-9".'),
    quote: z.string().trim().min(1).optional().describe('Text the source quotes with the reference, verbatim (slips included).'),
    note: z.string().trim().min(1).optional().describe('Editor’s note shown with the reference, e.g. why it differs from `citedAs`.'),
  })
  .strict()
  .refine((r) => (r.goal !== undefined) !== (r.from !== undefined || r.to !== undefined), {
    message: 'give either goal: <number> or a range from: <number>, to: <number>, not both',
  })
  .refine((r) => (r.from === undefined) === (r.to === undefined), {
    message: 'a range needs both from and to',
    path: ['to'],
  });
export type GoalRef = z.output<typeof goalRefSchema>;

/** A success criterion ("succeskriterie") with its target and deadline where the source states them. */
export const criterionSchema = z
  .object({
    label: z.string().trim().min(1).optional().describe('Label the source gives, e.g. "1a".'),
    text: verbatim('The criterion'),
    target: targetSchema.optional().describe('The number and deadline in the criterion, when it has them.'),
    direction: directionSchema,
    followUps: followUpsSchema.describe('Follow-up values of the criterion’s number (only when `target.value` is given), each with its source.'),
  })
  .strict();
export type Criterion = z.output<typeof criterionSchema>;

export const budgetLineSchema = z
  .object({
    text: verbatim('The budget line'),
    amountDkk: z.number().nonnegative().optional().describe('Amount in kroner, when the line states one.'),
    partOfTotal: z
      .boolean()
      .default(false)
      .describe('True when the amount is part of a total another line states (the source’s "hvoraf …"): it is not added to the budget.'),
    perYear: z
      .boolean()
      .default(false)
      .describe('True when the amount is per year (the source’s "årligt"): it is not added to a one-off budget, and never multiplied out.'),
  })
  .strict()
  .refine((b) => !((b.partOfTotal || b.perYear) && b.amountDkk === undefined), {
    message: 'partOfTotal and perYear describe an amount: give amountDkk too, or leave them out',
    path: ['amountDkk'],
  });

export const initiativeSchema = z
  .object({
    id: idSchema.describe('Stable id; becomes /indsatser/<id>/, e.g. "hilleroed-2015-2018-indsats-4".'),
    number: z.string().trim().min(1).optional().describe('Number or label as the source gives it, e.g. "4" or "1a".'),
    label: z.string().trim().min(1).optional().describe('Full label as printed, e.g. "Indsats 4".'),
    title: z.string().trim().min(1).describe('Heading: verbatim where the source titles the initiative, else an editor’s short title.'),
    titleIsEditorial: z.boolean().default(false).describe('True when `title` was written by the editor because the source gives none.'),
    section: idSchema.optional().describe('Id of the document section (tema/indsatsområde) it belongs to.'),
    sections: idList('further document sections it also belongs to (a combined heading in the source)'),
    text: z.array(z.string().trim().min(1)).default([]).describe('The initiative’s own prose, verbatim, one string per paragraph.'),
    purpose: z.string().trim().min(1).optional().describe('Aim stated for the initiative itself, verbatim (e.g. "Mål: …" of a Høje-Taastrup item).'),
    strategy: z.string().trim().min(1).optional().describe('The strategy point the initiative carries out, verbatim.'),
    themes: idList('themes (content/themes.yaml)'),
    targetGroups: idList('target groups (content/target-groups.yaml)'),
    partners: z.array(z.string().trim().min(1)).default([]).describe('Partners the source names, verbatim.'),
    budget: z.array(budgetLineSchema).default([]).describe('Budget lines the source gives.'),
    period: periodSchema(
      yearSchema.optional().describe('First year it runs.'),
      yearSchema.optional().describe('Last year it runs (not before `from`).'),
    )
      .optional()
      .describe('When it runs, where the source states it.'),
    resources: z.array(listItemSchema).default([]).describe('"Rammer og ressourcer", verbatim.'),
    activities: z.array(listItemSchema).default([]).describe('"Aktiviteter" / action-plan items, verbatim.'),
    outputs: z.array(listItemSchema).default([]).describe('"Output (leverancer)", verbatim.'),
    indicators: z.array(listItemSchema).default([]).describe('"Indikatorer på indsatsen", verbatim.'),
    successCriteria: z.array(criterionSchema).default([]).describe('"Succeskriterier", verbatim, with targets where stated.'),
    targets: z.array(targetSchema).default([]).describe('Targets stated in the initiative text itself (e.g. "min. XX nye praktikpladser").'),
    goals: z.array(goalRefSchema).default([]).describe('The goals it serves ("Langsigtede mål").'),
    goalsText: z.array(z.string().trim().min(1)).default([]).describe('Verbatim text in the goals column that is not itself a goal reference.'),
    source: sourceRefSchema,
    notes: notesSchema,
    redirectFrom: redirectFromSchema,
    draft: draftSchema,
  })
  .strict();
export type Initiative = z.output<typeof initiativeSchema>;
