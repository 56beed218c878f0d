/**
 * Reading the municipality boundary file (src/coverage/geo/kommuner.topojson, TopoJSON in WGS84
 * longitude/latitude): its shape as a zod schema, and its arcs decoded into coordinates. Pure and
 * small: no map library, in the build or in the browser.
 *
 * TopoJSON stores every border once as an "arc"; a polygon's ring is a list of arc indexes (a
 * negative index ~i is arc i reversed). Quantized arcs are delta-encoded integers that the
 * `transform` turns back into degrees.
 */
import { z } from 'astro/zod';

/** A longitude/latitude pair (degrees) or, once projected, an x/y pair. */
export type Point = [number, number];

const pair = z.tuple([z.number(), z.number()]);
/** A position: x and y, and possibly more values (the boundary file gives some arc starts a third, unused one). */
const position = z
  .array(z.number())
  .min(2)
  .describe('A point: x and y (quantized, delta-encoded integers when the topology has a transform, else longitude and latitude); further values are ignored.');

export const geometrySchema = z
  .object({
    type: z.literal('Polygon').describe('Only polygons: a municipality with islands has one geometry per island.'),
    properties: z
      .object({
        KOMKODE: z.string().regex(/^\d{4}$/).describe('Municipality code, 4 digits: Danmarks Statistik\'s 3-digit code with a leading zero ("0219" = Hillerød).'),
        KOMNAVN: z.string().describe('Short name as the source spells it ("Høje Taastrup"); for reading only, never for matching.'),
      })
      .describe('Which municipality the polygon belongs to.'),
    arcs: z.array(z.array(z.number().int())).describe('The rings of the polygon (outer ring first, then holes), each a list of arc indexes (~i: arc i reversed).'),
  })
  .describe('One polygon of a municipality.');

export const topologySchema = z
  .object({
    type: z.literal('Topology').describe('A TopoJSON topology.'),
    transform: z
      .object({
        scale: pair.describe('Degrees per quantization step (x, y).'),
        translate: pair.describe('Longitude and latitude of the quantization origin.'),
      })
      .optional()
      .describe('Present when the arcs are quantized and delta-encoded.'),
    arcs: z.array(z.array(position)).describe('Every border line, stored once.'),
    objects: z
      .record(
        z.string(),
        z
          .object({
            type: z.literal('GeometryCollection').describe('A collection of polygons.'),
            geometries: z.array(geometrySchema).describe('The polygons.'),
          })
          .describe('A named collection of geometries.'),
      )
      .describe('The named geometry collections; the boundary file has one.'),
  })
  .describe('Municipality boundaries as TopoJSON.');

export type Topology = z.output<typeof topologySchema>;
export type Geometry = z.output<typeof geometrySchema>;

/**
 * Parses and checks the boundary file's text. A malformed file is an error naming the file and
 * the path inside it, never a crash further down.
 */
export function parseTopology(text: string, file: string): Topology {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}); restore the file from the project's history or ../shared/geo/`);
  }
  const parsed = topologySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: not a TopoJSON boundary file as expected at ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Every arc as longitude/latitude points (quantized arcs are delta-decoded and transformed). */
export function decodeArcs(topology: Topology): Point[][] {
  const t = topology.transform;
  if (!t) return topology.arcs.map((arc) => arc.map(([x, y]) => [x!, y!] as Point));
  const [sx, sy] = t.scale;
  const [tx, ty] = t.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * sx + tx, y * sy + ty] as Point;
    });
  });
}

/** The one geometry collection of the boundary file. */
export function geometriesOf(topology: Topology, file: string): Geometry[] {
  const collections = Object.values(topology.objects);
  if (collections.length !== 1) throw new Error(`${file}: expected one geometry collection, found ${collections.length}`);
  return collections[0]!.geometries;
}

/** Arc indexes of a ring, resolved: which arc and whether it is walked backwards. */
export function ringArcs(ring: readonly number[]): { arc: number; reversed: boolean }[] {
  return ring.map((i) => (i < 0 ? { arc: ~i, reversed: true } : { arc: i, reversed: false }));
}
