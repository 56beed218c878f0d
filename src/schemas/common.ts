/**
 * Building blocks shared by every content schema.
 *
 * Every field says what it means where it is defined (`.describe()`), and every
 * validation message tells the editor what to write instead.
 */
import { z } from 'astro/zod';

/** Stable ASCII identifier. It becomes part of a permalink, so it never changes once published. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message:
      'must be lowercase ASCII words joined by "-" (write æ as ae, ø as oe, å as aa), e.g. "hilleroed-2015-2018-maal-1"',
  })
  .describe('Stable ASCII id; becomes the permalink. Never derive it from a title and never change it once published.');

/** Verbatim text from a source. Never empty. */
export const verbatim = (what: string) =>
  z.string().trim().min(1, { message: `${what} must not be empty` }).describe(`${what} (verbatim from the source)`);

/** A year such as 2016. */
export const yearSchema = z
  .number()
  .int()
  .min(1900, { message: 'must be a four-digit year, e.g. 2016' })
  .max(2100, { message: 'must be a four-digit year, e.g. 2016' });

/** An ISO calendar date, "YYYY-MM-DD". */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be an ISO date "YYYY-MM-DD", e.g. 2016-01-28' })
  .describe('Calendar date in ISO form, YYYY-MM-DD.');

/**
 * One item of a list (a cell of a logic-model table, a bullet of an action plan).
 * Write a plain string, or `{ label, text }` when the source numbers or labels the item ("1a").
 */
export const listItemSchema = z
  .union([
    z.string().trim().min(1, { message: 'a list item must not be empty' }),
    z.object({
      label: z.string().trim().min(1).optional().describe('Label the source gives the item, e.g. "1a" or "Ad 2"'),
      text: verbatim('Item text'),
    }),
  ])
  .transform((item) => (typeof item === 'string' ? { text: item } : item))
  .describe('A list item: a string, or { label, text } when the source labels it.');
export type ListItem = z.output<typeof listItemSchema>;

/** When something is due. */
export const deadlineSchema = z
  .object({
    year: yearSchema.describe('Year the deadline falls in (used for sorting and filtering).'),
    text: z.string().trim().min(1).optional().describe('The deadline as the source words it, e.g. "inden udgangen af 2018".'),
  })
  .strict()
  .describe('A deadline: the year, and the wording of the source where it is more precise.');
export type Deadline = z.output<typeof deadlineSchema>;

/** How a target value is bounded. */
export const COMPARATORS = ['mindst', 'højst', 'ca.', 'præcis'] as const;

/**
 * A target the source states. When the source left the number unfilled ("min. XX"),
 * set `unfilled: true` and leave `value` out: never guess it.
 */
export const targetSchema = z
  .object({
    text: verbatim('The target as the source words it'),
    value: z.number().optional().describe('The number the target aims at, when the source gives one.'),
    unit: z.string().trim().min(1).optional().describe('Unit of `value`, e.g. "procentpoint", "%", "borgere".'),
    comparator: z.enum(COMPARATORS).optional().describe('How `value` bounds the result: mindst, højst, ca. or præcis.'),
    deadline: deadlineSchema.optional(),
    unfilled: z
      .boolean()
      .default(false)
      .describe('True when the source left the number as a placeholder (e.g. "min. XX"). Then `value` must be absent.'),
  })
  .strict()
  .refine((t) => !(t.unfilled && t.value !== undefined), {
    message: 'an unfilled target (unfilled: true) must not have a value: the source never gave one',
    path: ['value'],
  });
export type Target = z.output<typeof targetSchema>;

/** The kinds of editorial notes about a source. */
export const NOTE_KINDS = ['truncated', 'source-error', 'unclear', 'editorial'] as const;
export const noteSchema = z
  .object({
    kind: z
      .enum(NOTE_KINDS)
      .describe(
        'truncated: the source stops before this part ends; source-error: the source is wrong here; unclear: the source is ambiguous; editorial: any other editor remark.',
      ),
    text: z.string().trim().min(1).describe('The note, in Danish, for the reader.'),
  })
  .strict()
  .describe('An editor’s note shown to the reader: where the source is cut, wrong or unclear.');
export type Note = z.output<typeof noteSchema>;

/** Where in the source an entry comes from. */
export const sourceRefSchema = z
  .object({
    file: z
      .string()
      .regex(/^[\w.-]+\.txt$/, { message: 'must be the seed file name, e.g. "001_6aabdc5b922a8d1d.txt"' })
      .describe('Seed file in ../shared/seeds the entry is transcribed from.'),
    place: z.string().trim().min(1).describe('Where in the source, in Danish, e.g. "Indsats 4, kolonnen Langsigtede mål".'),
    lines: z
      .tuple([z.number().int().positive(), z.number().int().positive()])
      .optional()
      .describe('First and last line in the seed file, [from, to].'),
    url: z
      .url({ protocol: /^https?$/, message: 'must be a web address starting with https:// or http://' })
      .optional()
      .describe('Where the original document can be read online (https://…), when known; the page links to it.'),
  })
  .strict();
export type SourceRef = z.output<typeof sourceRefSchema>;

export const idList = (what: string) =>
  z.array(idSchema).default([]).describe(`Ids of ${what}.`);

/**
 * Ids an entry was published under before it was renamed (or that it replaces after a merge).
 * Each old id keeps working: its page redirects to this entry's page and, on the document page,
 * the old anchor #<old-id> still leads to this entry. See README "Renaming an id safely".
 */
export const redirectFromSchema = z
  .array(idSchema)
  .default([])
  .describe(
    'Ids this entry was published under before (old permalinks). Renaming an id means: change `id`, and add the old id here so every link shared with the old id keeps working (npm run permalinks:check enforces it).',
  );
