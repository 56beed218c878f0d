/**
 * The coverage of this build, computed once from the catalogue and shared by every page that shows
 * it (the overview, the maps, the municipality pages) and the data files. The pure parts are
 * coverage.ts, map-geometry.ts and export.ts; this module only ties them to Astro's catalogue.
 */
import { getCatalogue } from '../catalogue/catalogue';
import { buildCoverage, type Coverage } from './coverage';
import { generatedAt } from '../open-data/build';
import { buildCoverageExport, coverageCsv, type CoverageExport } from './export';

let cached: Promise<Coverage> | undefined;

/** The coverage of the catalogue being built. */
export function getCoverage(): Promise<Coverage> {
  return (cached ??= getCatalogue().then(buildCoverage));
}


let exported: Promise<CoverageExport> | undefined;

/** coverage.json's content for this build (the site URL and build time as in the other data files). */
export function getCoverageExport(): Promise<CoverageExport> {
  return (exported ??= getCoverage().then((c) => buildCoverageExport(c, { site: import.meta.env.SITE ?? 'http://localhost:4321', generated: generatedAt() })));
}

/** The text of /data/coverage.json or /data/coverage.csv. */
export async function coverageFileText(format: 'json' | 'csv'): Promise<string> {
  const data = await getCoverageExport();
  return format === 'json' ? JSON.stringify(data) : coverageCsv(data);
}

/** The response of a coverage data file, with the content types of the other data files. */
export async function coverageFileResponse(format: 'json' | 'csv'): Promise<Response> {
  const type = format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
  return new Response(await coverageFileText(format), { headers: { 'Content-Type': type } });
}
