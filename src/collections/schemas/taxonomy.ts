/**
 * The shared vocabularies: regions, municipalities, document types, themes and target groups.
 * One list serves the schema, the filters and the labels.
 */
import { z } from 'astro/zod';
import { idSchema, redirectFromSchema } from './common';

/** The five Danish regions (fixed by law since 2007). `code` is Danmarks Statistik's region code. */
export const REGIONS = [
  { id: 'hovedstaden', label: 'Region Hovedstaden', code: '1084' },
  { id: 'sjaelland', label: 'Region Sjælland', code: '1085' },
  { id: 'syddanmark', label: 'Region Syddanmark', code: '1083' },
  { id: 'midtjylland', label: 'Region Midtjylland', code: '1082' },
  { id: 'nordjylland', label: 'Region Nordjylland', code: '1081' },
] as const;
export type RegionId = (typeof REGIONS)[number]['id'];
export const regionIdSchema = z.enum(REGIONS.map((r) => r.id) as [RegionId, ...RegionId[]]);

/** One of the 98 municipalities. All live in content/municipalities.yaml. */
export const municipalitySchema = z
  .object({
    id: idSchema.describe('ASCII form of the name, e.g. "hilleroed"; becomes /kommuner/<id>/.'),
    name: z.string().trim().min(1).describe('Official name without "Kommune", e.g. "Hillerød".'),
    officialName: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Full official name when it is not "<name> Kommune", e.g. "Bornholms Regionskommune".'),
    code: z
      .string()
      .regex(/^\d{3}$/, { message: 'must be the 3-digit municipality code from Danmarks Statistik, e.g. "219"' })
      .describe('Official 3-digit municipality code (Danmarks Statistik), e.g. "219" for Hillerød.'),
    region: regionIdSchema.describe('The region the municipality belongs to.'),
    redirectFrom: redirectFromSchema,
  })
  .strict();
export type Municipality = z.output<typeof municipalitySchema>;

/**
 * Document types. `id` is what content files write; `label` is what readers see.
 */
export const DOCUMENT_TYPES = [
  { id: 'politik', label: 'Politik' },
  { id: 'handlingsprogram', label: 'Handlingsprogram' },
  { id: 'strategi', label: 'Strategi' },
  { id: 'handleplan', label: 'Handleplan' },
  { id: 'katalog', label: 'Katalog' },
  { id: 'aftale', label: 'Aftale' },
  { id: 'notat', label: 'Notat' },
  { id: 'beretning', label: 'Beretning' },
  { id: 'nyhed', label: 'Nyhed' },
  { id: 'andet', label: 'Andet' },
] as const;
export type DocumentTypeId = (typeof DOCUMENT_TYPES)[number]['id'];
export const documentTypeSchema = z
  .enum(DOCUMENT_TYPES.map((t) => t.id) as [DocumentTypeId, ...DocumentTypeId[]])
  .describe(`Kind of document: ${DOCUMENT_TYPES.map((t) => t.id).join(', ')}.`);

/** A theme (content/themes.yaml) or a target group (content/target-groups.yaml). */
export const termSchema = z
  .object({
    id: idSchema,
    label: z.string().trim().min(1).describe('Danish label shown to readers, e.g. "Bolig og boligplacering".'),
    description: z.string().trim().min(1).describe('One or two Danish sentences on what the term covers.'),
    redirectFrom: redirectFromSchema.describe('Ids the theme was published under before (old /temaer/<old-id>/ links redirect here). Target groups have no pages, so it has no effect for them.'),
  })
  .strict();
export type Term = z.output<typeof termSchema>;
