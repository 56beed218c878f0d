/**
 * The map of Denmark as the pages draw it: the boundary file read once, turned into SVG paths at
 * two levels of detail (the large map on the front page and /kommuner/, the small locator map on
 * each municipality page), and each municipality's shape matched to the catalogue by its code.
 *
 * Geometry: src/coverage/geo/kommuner.topojson (see its README: Geodatastyrelsen / Danske Kommuner,
 * FOT 2014). Matching is by municipality code only, never by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Municipality } from '../collections/schemas';
import { buildMapGeometry, type MapGeometry, type MapOptions, type MapShape } from './map-geometry';
import { parseTopology } from './topology';
import type { Counts } from './coverage';

/** The boundary file, relative to the project folder. */
export const BOUNDARY_FILE = join('src', 'coverage', 'geo', 'kommuner.topojson');

/** The large map: about 11 KB gzip with its links (measured in tests/coverage/map.test.ts). */
export const FULL_MAP: MapOptions = { width: 1000, minArea: 3, minIslandArea: 6 };
/** The locator map: about 3 KB gzip. */
export const LOCATOR_MAP: MapOptions = { width: 200, minArea: 2, minIslandArea: 3 };

const cache = new Map<string, MapGeometry>();

/** The map geometry at a level of detail, made once per build. */
export function mapGeometry(options: MapOptions, root = process.cwd()): MapGeometry {
  const key = `${root}|${options.width}|${options.minArea}|${options.minIslandArea}`;
  let geometry = cache.get(key);
  if (!geometry) {
    const file = join(root, BOUNDARY_FILE);
    const shown = relative(process.cwd(), file) || file;
    if (!existsSync(file)) throw new Error(`${shown}: the municipality boundary file is missing; restore it from the project's history (git checkout -- ${BOUNDARY_FILE})`);
    geometry = buildMapGeometry(parseTopology(readFileSync(file, 'utf8'), shown), shown, options);
    cache.set(key, geometry);
  }
  return geometry;
}

/** The shapes of a geometry matched to the catalogue's municipalities by code. */
export function matchShapes(geometry: MapGeometry, municipalities: readonly Municipality[]) {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const matched: { shape: MapShape; municipality: Municipality }[] = [];
  /** Shapes of no municipality in the catalogue (Christiansø, which belongs to none): drawn, not linked. */
  const unmatched: MapShape[] = [];
  for (const shape of geometry.shapes) {
    const m = byCode.get(shape.code);
    if (m) matched.push({ shape, municipality: m });
    else unmatched.push(shape);
  }
  const drawn = new Set(matched.map((x) => x.municipality.code));
  /** Municipalities of the catalogue with no shape in the file (none, unless a code is wrong). */
  const missing = municipalities.filter((m) => !drawn.has(m.code));
  return { matched, unmatched, missing };
}

/**
 * The shading levels of the map, by how many entries the catalogue holds about a municipality:
 * the lower bound of each level. Fixed bounds, so a colour means the same on every build.
 */
export const LEVELS = [0, 1, 10, 50, 100] as const;

/** The level (index into LEVELS) of a number of entries. */
export function levelOf(total: number): number {
  let level = 0;
  for (let i = 0; i < LEVELS.length; i++) if (total >= LEVELS[i]!) level = i;
  return level;
}

/** The counts of a municipality, without the total, for its accessible name. */
export type KindCounts = Omit<Counts, 'total'>;
