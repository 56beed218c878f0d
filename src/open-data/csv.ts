/**
 * CSV files of goals and initiatives for spreadsheets, as Danish Excel opens them by a double
 * click: UTF-8 with a byte-order mark (else Excel reads æøå as Windows-1252), `;` between fields
 * (Danish Excel's list separator, since `,` is the decimal comma), numbers with a decimal comma,
 * CRLF line ends, and RFC 4180 quoting (a field with `;`, `"`, a line break or edge spaces is put
 * in double quotes, and a `"` inside it is doubled).
 *
 * goals.csv and initiatives.csv have one row per entry (a goal's first measure only: every measure is
 * in measures.csv, one row per measure). Lists inside a cell are one item per line; ids are separated by ", ".
 * Column names are the JSON field names, so a column means what the same field means in JSON.
 */
import type { CatalogueExport, ExportEntry } from './schema';
import { MEASURE_FIELDS, measureRows } from './measures';

export const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

export type Cell = string | number | boolean | null | undefined;

/** A number as Danish Excel reads it: 1234.5 → "1234,5" (no thousands separator). */
export const csvNumber = (n: number) => String(n).replace('.', ',');

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? csvNumber(value) : typeof value === 'boolean' ? (value ? 'ja' : 'nej') : value;
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, header row, rows. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns.map(cell).join(SEPARATOR), ...rows.map((r) => r.map(cell).join(SEPARATOR))];
  return BOM + lines.join(EOL) + EOL;
}

interface Column<T> {
  name: string;
  value: (entry: T) => Cell;
}

const lines = (items: readonly (string | { label?: string | undefined; text: string })[]) =>
  items.map((x) => (typeof x === 'string' ? x : x.label ? `${x.label}: ${x.text}` : x.text)).join('\n') || undefined;
const ids = (items: readonly string[]) => items.join(', ') || undefined;
const lineRange = (l: readonly [number, number] | undefined) => (l ? `${l[0]}-${l[1]}` : undefined);
const notes = (n: readonly { kind: string; text: string }[]) => n.map((x) => `${x.kind}: ${x.text}`).join('\n') || undefined;

/**
 * The budget as the source states it, in kroner: the sum of the one-off amounts (perYear false)
 * or of the yearly ones (perYear true). A line that is part of another line's total (the
 * source's "hvoraf …") is never added; nothing is multiplied out. Empty when no line has an amount.
 */
export function budgetSum(lines: readonly { amountDkk?: number | undefined; partOfTotal: boolean; perYear: boolean }[], perYear: boolean): number | undefined {
  const counted = lines.filter((b) => b.amountDkk !== undefined && !b.partOfTotal && b.perYear === perYear);
  return counted.length ? counted.reduce((n, b) => n + b.amountDkk!, 0) : undefined;
}

type Goal = ExportEntry<'goals'>;
type Initiative = ExportEntry<'initiatives'>;

export const GOAL_COLUMNS: Column<Goal>[] = [
  { name: 'id', value: (g) => g.id },
  { name: 'url', value: (g) => g.url },
  { name: 'document', value: (g) => g.document },
  { name: 'documentTitle', value: (g) => g.links.document.title },
  { name: 'municipality', value: (g) => g.links.municipality?.id },
  { name: 'municipalityName', value: (g) => g.links.municipality?.name },
  { name: 'municipalityCode', value: (g) => g.links.municipality?.code },
  { name: 'number', value: (g) => g.number },
  { name: 'label', value: (g) => g.label },
  { name: 'title', value: (g) => g.title },
  { name: 'group', value: (g) => g.group },
  { name: 'section', value: (g) => g.section },
  { name: 'sectionTitle', value: (g) => g.links.section?.title },
  { name: 'text', value: (g) => g.text },
  { name: 'details', value: (g) => lines(g.details) },
  { name: 'measureCount', value: (g) => g.measures.length },
  { name: 'measureDescription', value: (g) => g.measures[0]?.description },
  { name: 'measureUnit', value: (g) => g.measures[0]?.unit },
  { name: 'baselineValue', value: (g) => g.measures[0]?.baseline?.value },
  { name: 'baselineYear', value: (g) => g.measures[0]?.baseline?.year },
  { name: 'targetText', value: (g) => g.measures[0]?.target?.text },
  { name: 'targetComparator', value: (g) => g.measures[0]?.target?.comparator },
  { name: 'targetValue', value: (g) => g.measures[0]?.target?.value },
  { name: 'targetUnfilled', value: (g) => g.measures[0]?.target?.unfilled },
  { name: 'targetDeadlineYear', value: (g) => g.measures[0]?.target?.deadline?.year ?? g.deadline?.year },
  { name: 'themes', value: (g) => ids(g.themes) },
  { name: 'targetGroups', value: (g) => ids(g.targetGroups) },
  { name: 'initiatives', value: (g) => ids(g.links.initiatives.map((i) => i.id)) },
  { name: 'notes', value: (g) => notes(g.notes) },
  { name: 'sourceFile', value: (g) => g.source.file },
  { name: 'sourcePlace', value: (g) => g.source.place },
  { name: 'sourceLines', value: (g) => lineRange(g.source.lines) },
];

export const INITIATIVE_COLUMNS: Column<Initiative>[] = [
  { name: 'id', value: (i) => i.id },
  { name: 'url', value: (i) => i.url },
  { name: 'document', value: (i) => i.document },
  { name: 'documentTitle', value: (i) => i.links.document.title },
  { name: 'municipality', value: (i) => i.links.municipality?.id },
  { name: 'municipalityName', value: (i) => i.links.municipality?.name },
  { name: 'municipalityCode', value: (i) => i.links.municipality?.code },
  { name: 'number', value: (i) => i.number },
  { name: 'label', value: (i) => i.label },
  { name: 'title', value: (i) => i.title },
  { name: 'titleIsEditorial', value: (i) => i.titleIsEditorial },
  { name: 'sections', value: (i) => ids(i.links.sections.map((s) => s.id)) },
  { name: 'sectionTitles', value: (i) => lines(i.links.sections.map((s) => s.title)) },
  { name: 'text', value: (i) => i.text.join('\n\n') || undefined },
  { name: 'purpose', value: (i) => i.purpose },
  { name: 'strategy', value: (i) => i.strategy },
  { name: 'themes', value: (i) => ids(i.themes) },
  { name: 'targetGroups', value: (i) => ids(i.targetGroups) },
  { name: 'partners', value: (i) => lines(i.partners) },
  { name: 'budget', value: (i) => lines(i.budget.map((b) => b.text)) },
  { name: 'budgetDkk', value: (i) => budgetSum(i.budget, false) },
  { name: 'budgetDkkPerYear', value: (i) => budgetSum(i.budget, true) },
  { name: 'periodFrom', value: (i) => i.period?.from },
  { name: 'periodTo', value: (i) => i.period?.to },
  { name: 'resources', value: (i) => lines(i.resources) },
  { name: 'activities', value: (i) => lines(i.activities) },
  { name: 'outputs', value: (i) => lines(i.outputs) },
  { name: 'indicators', value: (i) => lines(i.indicators) },
  { name: 'successCriteria', value: (i) => lines(i.successCriteria) },
  { name: 'targets', value: (i) => lines(i.targets.map((t) => (t.unfilled ? `${t.text} (ikke udfyldt i kilden)` : t.text))) },
  { name: 'goals', value: (i) => ids(i.links.goals.map((g) => g.id)) },
  { name: 'goalsCitedAs', value: (i) => lines(i.goals.flatMap((r) => r.citedAs ?? [])) },
  { name: 'goalsText', value: (i) => lines(i.goalsText) },
  { name: 'notes', value: (i) => notes(i.notes) },
  { name: 'sourceFile', value: (i) => i.source.file },
  { name: 'sourcePlace', value: (i) => i.source.place },
  { name: 'sourceLines', value: (i) => lineRange(i.source.lines) },
];

const table = <T>(columns: Column<T>[], entries: readonly T[]) =>
  toCsv(
    columns.map((c) => c.name),
    entries.map((e) => columns.map((c) => c.value(e))),
  );

/** The CSV files, by file name under /data/. */
export const CSV_FILES = {
  goals: (data: CatalogueExport) => table(GOAL_COLUMNS, data.goals),
  initiatives: (data: CatalogueExport) => table(INITIATIVE_COLUMNS, data.initiatives),
  /** The long table: one row per measure (src/open-data/measures.ts), the same rows as measures.json. */
  measures: (data: CatalogueExport) => toCsv(MEASURE_FIELDS, measureRows(data).map((r) => MEASURE_FIELDS.map((f) => r[f]))),
} as const;
export type CsvName = keyof typeof CSV_FILES;
