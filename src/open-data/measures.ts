/**
 * Every measure of the catalogue as one long table, one row per measure (/data/measures.csv and
 * /data/measures.json): each measure of each goal (a goal with two measures has two rows), a
 * goal's own deadline where it has no measure, each target an initiative states, and each
 * success criterion with a number or a deadline. Every row carries its baseline, target and
 * deadline, and the entry, document and municipality it belongs to.
 *
 * Pure: built from the export (build.ts), in the export's order. The row's fields are the CSV
 * columns, in the same order, so a column means what the JSON field means.
 */
import { z } from 'astro/zod';
import { COMPARATORS } from '../collections/schemas';
import type { CatalogueExport, ExportEntry } from './schema';
import { STATUS_IDS, sortFollowUps, targetStatus } from '../follow-up/status';
import { statusText } from '../follow-up/status-rules';
import type { FollowUp } from '../follow-up/schema';

export const MEASURE_KINDS = ['measure', 'deadline', 'target', 'successCriterion'] as const;

const text = (what: string) => z.string().min(1).optional().describe(what);

/** One row of the long table. */
export const measureRowSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+\/(measure|deadline|target|successCriterion)-\d+$/)
      .describe('Stable key of the row: the entry id, the kind and the position, e.g. "hilleroed-2015-2018-maal-4/measure-2".'),
    entry: z.string().describe('Id of the goal or initiative the measure belongs to.'),
    entryType: z.enum(['goal', 'initiative']).describe('Whether the entry is a goal or an initiative.'),
    entryLabel: text('The entry’s label as printed ("Mål 4", "Indsats 2").'),
    entryTitle: z.string().describe('The entry’s title.'),
    url: z.url().describe('Absolute URL of the entry’s page.'),
    document: z.string().describe('Id of the document.'),
    documentTitle: z.string().describe('Title of the document.'),
    municipality: text('Id of the municipality that issued the document.'),
    municipalityName: text('Name of that municipality.'),
    municipalityCode: text('Its 3-digit code.'),
    kind: z
      .enum(MEASURE_KINDS)
      .describe('measure: a goal’s measure; deadline: a goal’s own deadline (no measure); target: a target in an initiative’s text; successCriterion: a success criterion with a number or deadline.'),
    position: z.number().int().positive().describe('Position among the entry’s rows of this kind, from 1 (the source’s order).'),
    description: text('What is measured (a goal’s measure, in the editor’s words) or the success criterion (verbatim).'),
    unit: text('Unit of baseline and target.'),
    baselineValue: z.number().optional().describe('The starting value.'),
    baselineYear: z.number().int().optional().describe('Year of the starting value.'),
    baselineText: text('The baseline as the source words it.'),
    targetText: text('The target as the source words it.'),
    targetComparator: z.enum(COMPARATORS).optional().describe('How the target value bounds the result.'),
    targetValue: z.number().optional().describe('The number aimed at.'),
    targetUnfilled: z.boolean().optional().describe('True when the source left the number unfilled (e.g. "min. XX").'),
    deadlineYear: z.number().int().optional().describe('Year of the deadline.'),
    deadlineText: text('The deadline as the source words it.'),
    followUpCount: z.number().int().nonnegative().describe('How many follow-up values are recorded for the measure (0 in the real corpus today).'),
    latestFollowUpValue: z.number().optional().describe('The latest follow-up value, in the measure’s unit.'),
    latestFollowUpYear: z.number().int().optional().describe('The year the latest follow-up value describes.'),
    latestFollowUpSource: text('Title of the latest follow-up value’s source.'),
    latestFollowUpGenerated: z.boolean().optional().describe('True when the latest follow-up value is generated test data (never in the real corpus).'),
    status: z.enum(STATUS_IDS).describe('The status by the rules on /om/status/, computed for the year of `generated`.'),
    statusText: z.string().describe('The status in Danish, as the site shows it.'),
    sourceFile: z.string().describe('Seed file of the entry.'),
    sourcePlace: z.string().describe('Where in the source the entry stands.'),
    sourceLines: text('First and last line of the entry in the seed file, e.g. "17-17".'),
  })
  .strict()
  .describe('One measure: its entry, baseline, target and deadline.');

export type MeasureRow = z.output<typeof measureRowSchema>;
export type MeasureField = keyof MeasureRow;
/** The fields (and CSV columns), in order. */
export const MEASURE_FIELDS = Object.keys(measureRowSchema.shape) as MeasureField[];

type Target = ExportEntry<'goals'>['measures'][number]['target'];
type Entry = ExportEntry<'goals'> | ExportEntry<'initiatives'>;

/** Drops undefined fields, so the JSON leaves out what the source does not give. */
const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function targetFields(t: Target) {
  return t
    ? {
        targetText: t.text,
        targetComparator: t.comparator,
        targetValue: t.value,
        targetUnfilled: t.unfilled,
        deadlineYear: t.deadline?.year,
        deadlineText: t.deadline?.text,
        unit: t.unit,
      }
    : {};
}

function entryFields(e: Entry, entryType: MeasureRow['entryType']) {
  return {
    entry: e.id,
    entryType,
    entryLabel: e.label,
    entryTitle: e.title,
    url: e.url,
    document: e.document,
    documentTitle: e.links.document.title,
    municipality: e.links.municipality?.id,
    municipalityName: e.links.municipality?.name,
    municipalityCode: e.links.municipality?.code,
  };
}

const sourceFields = (e: Entry) => ({
  sourceFile: e.source.file,
  sourcePlace: e.source.place,
  sourceLines: e.source.lines ? `${e.source.lines[0]}-${e.source.lines[1]}` : undefined,
});

/** The status fields of a row: follow-ups and the status at `year` (the rules of src/follow-up/status.ts). */
function statusFields(
  year: number,
  p: { unit?: string; baseline?: { value: number; year: number }; target?: Target; deadlineYear?: number; direction?: 'increase' | 'decrease'; followUps?: FollowUp[] },
): Partial<MeasureRow> {
  const followUps = p.followUps ?? [];
  const s = targetStatus(
    {
      unit: p.unit ?? p.target?.unit,
      baseline: p.baseline,
      targetValue: p.target?.unfilled ? undefined : p.target?.value,
      targetUnit: p.target?.unit,
      comparator: p.target?.comparator,
      deadlineYear: p.deadlineYear ?? p.target?.deadline?.year,
      direction: p.direction,
      followUps,
    },
    year,
  );
  const latest = sortFollowUps(followUps).at(-1);
  return {
    followUpCount: followUps.length,
    latestFollowUpValue: latest?.value,
    latestFollowUpYear: latest?.year,
    latestFollowUpSource: latest?.source.title,
    latestFollowUpGenerated: latest ? latest.generated : undefined,
    status: s.status,
    statusText: statusText(s),
  };
}

/** Every measure of the export, one row each, in the export's order (entries, then the source's order). */
export function measureRows(data: CatalogueExport): MeasureRow[] {
  const year = Number(data.generated.slice(0, 4));
  const rows: MeasureRow[] = [];
  const push = (e: Entry, entryType: MeasureRow['entryType'], kind: MeasureRow['kind'], position: number, fields: Partial<MeasureRow>) =>
    rows.push(
      compact({
        id: `${e.id}/${kind}-${position}`,
        ...entryFields(e, entryType),
        kind,
        position,
        ...fields,
        ...sourceFields(e),
      }) as MeasureRow,
    );
  for (const g of data.goals) {
    g.measures.forEach((m, k) =>
      push(g, 'goal', 'measure', k + 1, {
        description: m.description,
        ...targetFields(m.target),
        unit: m.unit,
        baselineValue: m.baseline?.value,
        baselineYear: m.baseline?.year,
        baselineText: m.baseline?.text,
        ...statusFields(year, { unit: m.unit, baseline: m.baseline, target: m.target, direction: m.direction, followUps: m.followUps }),
      }),
    );
    if (g.measures.length === 0 && g.deadline) push(g, 'goal', 'deadline', 1, { deadlineYear: g.deadline.year, deadlineText: g.deadline.text, ...statusFields(year, { deadlineYear: g.deadline.year }) });
  }
  for (const i of data.initiatives) {
    i.targets.forEach((t, k) => push(i, 'initiative', 'target', k + 1, { ...targetFields(t), ...statusFields(year, { target: t }) }));
    i.successCriteria
      .filter((c) => c.target)
      .forEach((c, k) => push(i, 'initiative', 'successCriterion', k + 1, { description: c.text, ...targetFields(c.target), ...statusFields(year, { target: c.target, direction: c.direction, followUps: c.followUps }) }));
  }
  // Keep the schema's field order (the CSV column order) in every row.
  return rows.map((r) => Object.fromEntries(MEASURE_FIELDS.filter((f) => f in r).map((f) => [f, r[f]])) as MeasureRow);
}
