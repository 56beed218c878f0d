/**
 * The schema of a national integration goal (content/national-goals.yaml, a registry collection:
 * src/collections/registry.ts). Pure zod, so the registry can import it.
 */
import { z } from 'astro/zod';
import { idSchema, redirectFromSchema } from '../collections/schemas/common';

export const nationalSourceSchema = z
  .object({
    title: z.string().trim().min(1).describe('Title of the page or report the wording is quoted from.'),
    publisher: z.string().trim().min(1).describe('Who publishes it.'),
    url: z.url().describe('Its address.'),
    date: z.string().trim().min(1).optional().describe('Its date as it states it (e.g. "november 2022"), when it has one.'),
  })
  .strict();

export const nationalGoalSchema = z
  .object({
    id: idSchema.describe('Stable id; becomes /nationale-maal/<id>/, e.g. "arbejde".'),
    number: z.number().int().min(1).describe('The goal’s number in Integrationsbarometeret ("Mål 1" → 1).'),
    name: z.string().trim().min(1).describe('The goal’s short name as printed ("Arbejde").'),
    text: z.string().trim().min(1).describe('The goal’s official wording, verbatim from the source.'),
    baselineYear: z.number().int().optional().describe('Year of the barometer’s baseline measurement for this goal.'),
    source: nationalSourceSchema.describe('Where the wording is quoted from.'),
    indicators: z
      .array(
        z
          .object({
            number: z.string().regex(/^\d+\.\d+$/, { message: 'must be the indicator number as printed, e.g. "1.1"' }).describe('The indicator’s number ("1.1").'),
            text: z.string().trim().min(1).describe('The indicator’s official wording, verbatim.'),
            source: nationalSourceSchema.describe('Where the wording is quoted from.'),
          })
          .strict(),
      )
      .default([])
      .describe('The indicators whose number and wording could be confirmed in a source.'),
    unconfirmed: z
      .object({ text: z.string().trim().min(1).describe('What could not be confirmed, in Danish, for the reader.'), source: nationalSourceSchema.optional().describe('The source that says what is measured (title, publisher, address), when there is one.') })
      .strict()
      .optional()
      .describe('Said plainly where the indicators could not be confirmed (never guessed).'),
    redirectFrom: redirectFromSchema,
  })
  .strict();
export type NationalGoal = z.output<typeof nationalGoalSchema>;
