/**
 * Building blocks shared by every content schema.
 *
 * Every field says what it means where it is defined (`.describe()`), and every
 * validation message tells the editor what to write instead.
 */
import { z } from 'astro/zod';

/**
 * Characters a reader cannot see: controls, format characters (zero-width space U+200B, joiners,
 * direction marks, soft hyphen, BOM), line/paragraph separators and every space but the plain one.
 */
const INVISIBLE = /(?! )[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/gu;

/** `text` with every invisible character written as an escape ("a\u200bb"), so a message shows it. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The invisible characters in `text`, escaped and without repeats: ["\u200b"]. */
export function invisibleIn(text: string): string[] {
  return [...new Set(text.match(INVISIBLE) ?? [])].map(showInvisible);
}

const ID_RULE = 'must be lowercase ASCII words joined by "-" (write æ as ae, ø as oe, å as aa), e.g. "hilleroed-2015-2018-maal-1"';

/** Stable ASCII identifier. It becomes part of a permalink, so it never changes once published. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => {
      const hidden = typeof issue.input === 'string' ? invisibleIn(issue.input) : [];
      return hidden.length > 0
        ? `"${showInvisible(issue.input as string)}" contains the invisible character ${hidden.join(', ')}: delete it (an id ${ID_RULE})`
        : ID_RULE;
    },
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

/** Days in `month` (1-12) of `year`, by the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why "YYYY-MM-DD" is not a real calendar date ("month 13 does not exist"), or undefined when it is.
 * The year must lie in the range of `yearSchema`.
 */
export function calendarDateProblem(iso: string): string | undefined {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (year < 1900 || year > 2100) return `year ${year} is outside 1900-2100`;
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `day ${day} does not exist in ${year}-${String(month).padStart(2, '0')} (it has ${days} days)`;
  return undefined;
}

/**
 * A period of years: `from` and `to` (both optional where the source gives only one) and the
 * source's wording. A reversed period (from: 2019, to: 2018) is refused at `to`.
 */
export const periodSchema = <F extends z.ZodType<number | undefined>, T extends z.ZodType<number | undefined>>(from: F, to: T) =>
  z
    .object({
      from,
      to,
      text: z.string().trim().min(1).optional().describe('The period as the source words it, when it is vaguer than years.'),
    })
    .strict()
    .superRefine((period, ctx) => {
      const { from: first, to: last } = period as { from?: number; to?: number };
      if (first !== undefined && last !== undefined && last < first) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          input: last,
          message: `period ${first}-${last} is reversed: to (${last}) is before from (${first}); write the first year in from and the last in to`,
        });
      }
    });

/** An ISO calendar date, "YYYY-MM-DD", that exists (no month 13, no 30 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be an ISO date "YYYY-MM-DD", e.g. 2016-01-28' })
  .superRefine((iso, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return; // the regex above has said so
    const problem = calendarDateProblem(iso);
    if (problem) ctx.addIssue({ code: 'custom', message: `"${iso}" is not a real calendar date: ${problem}; write an existing date "YYYY-MM-DD", e.g. 2016-01-28`, input: iso });
  })
  .describe('Calendar date in ISO form, YYYY-MM-DD; it must exist (month 01-12, a day the month has).');

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

/** The editor's notes of an entry. */
export const notesSchema = z
  .array(noteSchema)
  .default([])
  .describe('Editor’s notes shown to the reader where the source is cut off, wrong or unclear (kind and text).');

/** Where in the source an entry comes from. */
export const sourceRefSchema = z
  .object({
    file: z
      .string()
      .regex(/^[\w.-]+\.txt$/, { message: 'must be the seed file name, e.g. "001_6aabdc5b922a8d1d.txt"' })
      .describe('Source document the entry is transcribed from: a file in content/sources/ (copies of the seed texts).'),
    place: z.string().trim().min(1).describe('Where in the source, in Danish, e.g. "Indsats 4, kolonnen Langsigtede mål".'),
    lines: z
      .tuple([z.number().int().positive(), z.number().int().positive()])
      .refine(([from, to]) => from <= to, {
        message: 'lines [from, to] are reversed: the first line must not come after the last; write [first line, last line]',
      })
      .optional()
      .describe('First and last line in the seed file, [from, to].'),
    url: z
      .url({ protocol: /^https?$/, message: 'must be a web address starting with https:// or http://' })
      .optional()
      .describe('Where the original document can be read online (https://…), when known; the page links to it.'),
  })
  .strict()
  .describe('Where in the source the entry is transcribed from: the file, the place in it and its lines.');
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

/**
 * The draft mark. The import assistant (npm run import) writes `draft: true` on every entry it
 * drafts; the checker reports each draft as a warning (rule `draft`) and the site publishes no
 * draft (nor anything in a draft document) until an editor has checked it and deleted the line.
 */
export const draftSchema = z
  .boolean()
  .default(false)
  .describe(
    'True while the entry is an unchecked draft (the import assistant writes draft: true). The checker warns about it and the site does not publish it, nor the entries of a draft document; delete the line once you have checked the entry against the source.',
  );
