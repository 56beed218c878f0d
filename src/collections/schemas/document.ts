/**
 * A document: a policy, action programme, strategy, catalogue … (content/documents/<id>/document.yaml).
 * Its goals, initiatives and cases live beside it in the same folder.
 */
import { z } from 'astro/zod';
import { idSchema, idList, isoDateSchema, listItemSchema, notesSchema, periodSchema, redirectFromSchema, sourceRefSchema, verbatim, yearSchema, draftSchema } from './common';
import { documentTypeSchema } from './taxonomy';

/**
 * A part of a document that groups its initiatives: Kerteminde's five "temaer" with their
 * statement of intent, Høje-Taastrup's eight "indsatsområder" with focus and strategy.
 */
export const sectionSchema = z
  .object({
    id: idSchema.describe('Id unique within the document; becomes the anchor #<id> on the document page.'),
    kind: z
      .enum(['tema', 'indsatsomraade', 'afsnit'])
      .describe('What the source calls the part: tema, indsatsområde, or a plain afsnit.'),
    title: verbatim('Title of the part').describe('Title as the source gives it, e.g. "Uddannelse".'),
    intro: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('The statement of the part, verbatim: Kerteminde’s "hensigtserklæring", Høje-Taastrup’s "Med fokus på …".'),
    strategyIntro: z.string().trim().min(1).optional().describe('Verbatim lead-in to the strategy list, e.g. "… skal i de kommende år fokusere på:".'),
    strategy: z.array(listItemSchema).default([]).describe('The numbered strategy points the source gives for the part.'),
    strategyOutro: z.string().trim().min(1).optional().describe('Verbatim text after the strategy list.'),
    themes: idList('themes (content/themes.yaml) the part is about'),
    redirectFrom: redirectFromSchema.describe('Ids the part was published under before (old anchors #<old-id> on the document page keep leading here).'),
  })
  .strict();
export type Section = z.output<typeof sectionSchema>;

export const quoteSchema = z
  .object({
    text: verbatim('Quoted words'),
    speaker: z.string().trim().min(1).describe('Who said or wrote it, as the source names them.'),
    role: z.string().trim().min(1).optional().describe('Their role as the source gives it.'),
  })
  .strict();

export const documentSchema = z
  .object({
    id: idSchema.describe('Stable id; becomes /dokumenter/<id>/. Must equal the folder name.'),
    municipality: idSchema
      .optional()
      .describe('Municipality (content/municipalities.yaml) that issued the document. Omit for national bodies such as KL.'),
    publisher: z.string().trim().min(1).optional().describe('Issuer when not a municipality, e.g. "KL".'),
    title: verbatim('Title'),
    subtitle: z.string().trim().min(1).optional().describe('Subtitle as the source gives it.'),
    type: documentTypeSchema,
    summary: z.string().trim().min(1).describe('Editor’s one-paragraph Danish summary for lists and meta descriptions (not a quote).'),
    period: periodSchema(
      yearSchema.describe('First year the document covers.'),
      yearSchema.optional().describe('Last year the document covers (not before `from`); omit when open-ended.'),
    )
      .optional()
      .describe('Years the document covers, where the source states them.'),
    adopted: z
      .object({
        date: isoDateSchema.optional().describe('Adoption date, when the source states the day.'),
        year: yearSchema.optional().describe('Adoption year, when only the year is known.'),
        by: z.string().trim().min(1).optional().describe('Who adopted it, as the source names them, e.g. "Kerteminde Byråd".'),
        text: z.string().trim().min(1).optional().describe('The adoption statement verbatim, e.g. "Godkendt af Kerteminde Byråd den 28.01 2016".'),
      })
      .strict()
      .optional()
      .describe('When and by whom the document was adopted, as far as the source says.'),
    dated: isoDateSchema.optional().describe('Date printed on the document itself (e.g. Høje-Taastrup 15 Nov 2006).'),
    themes: idList('themes (content/themes.yaml) the document covers'),
    foreword: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('Foreword or introduction, verbatim, one string per paragraph.'),
    vision: z.array(listItemSchema).default([]).describe('Vision statement(s), verbatim; one item per point.'),
    definitions: z
      .array(
        z
          .object({
            term: z.string().trim().min(1).describe('The term defined, e.g. "aktiv medborger".'),
            lead: z.string().trim().min(1).optional().describe('Verbatim lead-in to the definition.'),
            items: z.array(listItemSchema).min(1).describe('The points of the definition, verbatim.'),
          })
          .strict(),
      )
      .default([])
      .describe('Definitions the document gives (e.g. Kerteminde’s "aktiv medborger").'),
    quotes: z.array(quoteSchema).default([]).describe('Quotations in the source about the document.'),
    body: z.array(z.string().trim().min(1)).default([]).describe('Other descriptive prose from the source, verbatim, one string per paragraph.'),
    sections: z.array(sectionSchema).default([]).describe('Themes or focus areas that group the initiatives, in source order.'),
    goalsHeading: z.string().trim().min(1).optional().describe('What the source calls its goals, e.g. "Målsætninger"; default "Mål".'),
    source: sourceRefSchema.extend({
      kind: z
        .enum(['dokument', 'nyhed', 'dokumentdeling'])
        .describe('What the seed file is: the document itself, a news item about it, or a document-sharing page that reproduces it.'),
      title: z.string().trim().min(1).optional().describe('Title of the source page when it is not the document (news headline).'),
      publisher: z.string().trim().min(1).optional().describe('Who published the source page, e.g. "Kommunen.dk".'),
      date: isoDateSchema.optional().describe('Date of the source page.'),
    })
      .describe('The source file the document is transcribed from: what it is, where in it, its lines and where the original is online.'),
    notes: notesSchema,
    redirectFrom: redirectFromSchema,
    draft: draftSchema,
  })
  .strict()
  .refine((d) => d.municipality !== undefined || d.publisher !== undefined, {
    message: 'give either municipality (an id from content/municipalities.yaml) or publisher (e.g. "KL")',
    path: ['municipality'],
  });
export type CatalogueDocument = z.output<typeof documentSchema>;
