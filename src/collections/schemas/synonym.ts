/**
 * A group of search synonyms (content/synonyms.yaml): words a reader may type for the same thing,
 * and abbreviations of it. The search index gives every page with a word of a group the other
 * words as keywords (src/search/keywords.ts), so a search for any of them finds it.
 */
import { z } from 'astro/zod';
import { idSchema } from './common';

/** One word, lowercase, letters only (æ, ø, å and a hyphen allowed), in its base form. */
const wordSchema = z
  .string()
  .regex(/^[a-zæøåéü]+(-[a-zæøåéü]+)*$/, {
    message: 'must be one lowercase word in its base form (letters, æ, ø, å; no spaces or digits), e.g. "helbredsvurdering"',
  })
  .describe('One lowercase word in its base form and correct Danish spelling; inflected forms ("-en", "-er", "-erne") are recognised by their endings.');

/** An abbreviation as written: capitals, 2–6 letters. */
const abbreviationSchema = z
  .string()
  .regex(/^[A-ZÆØÅ]{2,6}$/, { message: 'must be an abbreviation in capitals, 2–6 letters, e.g. "IGU"' })
  .describe('An abbreviation in capitals, e.g. "IGU"; found however a reader types it (igu, IGU).');

export const synonymSchema = z
  .object({
    id: idSchema.describe('Stable id of the group, e.g. "helbredsvurdering".'),
    words: z
      .array(wordSchema)
      .min(1)
      .describe('The words of the group. At least one must occur in the catalogue (the checker warns otherwise): that is what the others find.'),
    abbreviations: z.array(abbreviationSchema).default([]).describe('Abbreviations of the group, e.g. ["IGU"] for "integrationsgrunduddannelse".'),
    note: z.string().trim().min(1).optional().describe('Why the words belong together, for editors (not shown on the site).'),
  })
  .strict()
  .refine((g) => g.words.length + g.abbreviations.length >= 2, {
    message: 'a synonym group needs at least two words or abbreviations: a word alone has nothing to be found by',
    path: ['words'],
  })
  .describe('A group of words (and abbreviations) a reader may search for the same thing.');
export type SynonymGroup = z.output<typeof synonymSchema>;
