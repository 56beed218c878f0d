/**
 * The coverage counts as open data: /data/coverage.json (with its JSON Schema, generated from
 * `coverageExportSchema` by `npm run schemas`) and /data/coverage.csv (one row per municipality,
 * one column per theme: the overview table as a spreadsheet, written as the other CSV files are:
 * UTF-8 with BOM, ";", CRLF). Pure: built from the coverage (coverage.ts), so the files hold the
 * numbers the overview page shows.
 */
import { z } from 'astro/zod';
import { idSchema } from '../collections/schemas';
import { toCsv, type Cell } from '../open-data/csv';
import { urls } from '../catalogue/urls';
import { ENTRY_KINDS, themeAnchor, type Counts, type Coverage } from './coverage';

export const COVERAGE_SCHEMA_PATH = '/data/schema/export/coverage.schema.json';

const count = (what: string) => z.number().int().min(0).describe(what);
const countsSchema = z
  .object({
    documents: count('Documents.'),
    goals: count('Goals.'),
    initiatives: count('Initiatives.'),
    cases: count('Cases.'),
    total: count('All four together.'),
  })
  .strict();

export const coverageExportSchema = z
  .object({
    $schema: z.string().describe('URL of this file’s JSON Schema.'),
    site: z.url().describe('Base URL of the site the data was built for.'),
    generated: z.iso.datetime({ offset: true }).describe('When the build wrote the file (ISO 8601).'),
    description: z.string().describe('What the counts mean, in Danish (the same text as on /overblik/).'),
    themes: z
      .array(
        z
          .object({ id: idSchema.describe('Theme id, the key used in each municipality’s `themes`.'), label: z.string().describe('Theme name.'), url: z.url().describe('The theme’s page.') })
          .strict()
          .describe('A theme of the shared taxonomy.'),
      )
      .describe('Every theme, by name in Danish order (the columns of the overview).'),
    municipalities: z
      .array(
        z
          .object({
            id: idSchema.describe('Municipality id.'),
            name: z.string().describe('Name without "Kommune".'),
            code: z.string().describe('Danmarks Statistik’s 3-digit municipality code.'),
            region: idSchema.describe('Region id.'),
            regionLabel: z.string().describe('Name of the region.'),
            url: z.url().describe('The municipality’s page.'),
            counts: countsSchema.describe('Every entry about the municipality: its documents with their goals and initiatives, and the cases that name it.'),
            themes: z
              .array(
                z
                  .object({
                    theme: idSchema.describe('Theme id.'),
                    counts: countsSchema.describe('The municipality’s entries under the theme (goals and initiatives also through their section; an entry with two themes counts under both).'),
                    url: z.url().nullable().describe('Where the page lists exactly these entries (the municipality page’s anchor), or null when there are none.'),
                  })
                  .strict()
                  .describe('One cell of the overview.'),
              )
              .describe('Every theme, in the order of `themes`, also those with no entries.'),
          })
          .strict()
          .describe('One municipality’s row of the overview.'),
      )
      .describe('All 98 municipalities, by region and name as on /overblik/.'),
  })
  .strict()
  .describe('Integrationskataloget: how many entries the catalogue holds about each municipality, in total and per theme.');

export type CoverageExport = z.output<typeof coverageExportSchema>;

/** The Danish explanation of the counts, shared by the page and the file. */
export const COVERAGE_DESCRIPTION =
  'Antal poster (dokumenter, mål, indsatser og cases) om hver kommune, i alt og pr. tema. En kommunes poster er dens dokumenter med deres mål og indsatser og de cases, der nævner den. ' +
  'Mål og indsatser hører også til deres afsnits temaer. En post med flere temaer tælles under hvert af dem, så temaerne kan give mere end "i alt", og en post uden tema tælles kun i "i alt".';

const pick = (c: Counts) => Object.fromEntries([...ENTRY_KINDS, 'total'].map((k) => [k, c[k as keyof Counts]])) as Counts;

/** coverage.json's content. */
export function buildCoverageExport(coverage: Coverage, options: { site: string; generated: string }): CoverageExport {
  const abs = (path: string) => new URL(path, options.site).href;
  return {
    $schema: abs(COVERAGE_SCHEMA_PATH),
    site: abs('/'),
    generated: options.generated,
    description: COVERAGE_DESCRIPTION,
    themes: coverage.themes.map((t) => ({ id: t.id, label: t.label, url: abs(urls.theme(t.id)) })),
    municipalities: coverage.regions.flatMap((r) =>
      r.municipalities.map(({ municipality: m, totals, themes }) => ({
        id: m.id,
        name: m.name,
        code: m.code,
        region: r.id,
        regionLabel: r.label,
        url: abs(urls.municipality(m.id)),
        counts: pick(totals),
        themes: themes.map(({ theme, counts }) => ({
          theme: theme.id,
          counts: pick(counts),
          url: counts.total > 0 ? abs(`${urls.municipality(m.id)}#${themeAnchor(theme.id)}`) : null,
        })),
      })),
    ),
  };
}

/** The fixed columns of coverage.csv; one column per theme (named by its id) follows. */
export const COVERAGE_CSV_COLUMNS = ['municipality', 'municipalityName', 'municipalityCode', 'region', 'regionLabel', ...ENTRY_KINDS, 'total'] as const;

/** coverage.csv: the overview table, one row per municipality, the themes' totals as the last columns. */
export function coverageCsv(data: CoverageExport): string {
  const columns = [...COVERAGE_CSV_COLUMNS, ...data.themes.map((t) => t.id)];
  const rows = data.municipalities.map((m): Cell[] => [
    m.id,
    m.name,
    m.code,
    m.region,
    m.regionLabel,
    ...ENTRY_KINDS.map((k) => m.counts[k]),
    m.counts.total,
    ...m.themes.map((t) => t.counts.total),
  ]);
  return toCsv(columns, rows);
}
