/**
 * The coverage of this build, computed once from the catalogue and shared by every page that shows
 * it (the overview, the maps, the municipality pages) and the data files. The pure parts are
 * coverage.ts, map-geometry.ts and export.ts; this module only ties them to Astro's catalogue.
 */
import { getCatalogue } from '../lib/catalogue';
import { buildCoverage, type Coverage } from './coverage';

let cached: Promise<Coverage> | undefined;

/** The coverage of the catalogue being built. */
export function getCoverage(): Promise<Coverage> {
  return (cached ??= getCatalogue().then(buildCoverage));
}
