/**
 * The municipality boundaries as SVG path data, made at build time: projected (equirectangular,
 * true to scale at Denmark's middle latitude), the islands far to the east (Bornholm and
 * Christiansø, east of INSET_EAST_OF degrees) moved into a framed box in the empty north-east
 * corner as Danish maps usually draw them, simplified per shared border (so neighbours still meet),
 * rounded to whole units and written as compact relative paths. One path per municipality code,
 * holding all its polygons (islands), so a municipality is one shape and one link.
 */
import { simplifyLine } from './simplify';
import { decodeArcs, geometriesOf, ringArcs, type Point, type Topology } from './topology';

/** Polygons lying wholly east of this longitude go into the inset box. */
export const INSET_EAST_OF = 14;

export interface MapOptions {
  /** Width of the drawing in SVG units (the height follows from the shape of the country). */
  width: number;
  /** Visvalingam threshold in square SVG units: detail smaller than this is dropped. */
  minArea: number;
  /** Islands (polygons) smaller than this many square units are left out, except a municipality's largest. */
  minIslandArea: number;
}

export interface MapShape {
  /** The municipality code without the leading zero, as content/municipalities.yaml writes it ("219"). */
  code: string;
  /** Name in the boundary file, for messages only (match by code, never by name). */
  fileName: string;
  /** SVG path data: every polygon of the municipality, rings closed. */
  d: string;
  /** How many polygons (islands) the path holds. */
  polygons: number;
  /** Bounding box of the drawn polygons, in SVG units. */
  box: { x: number; y: number; width: number; height: number };
}

export interface MapGeometry {
  width: number;
  height: number;
  /** One shape per code in the file, ordered by code. */
  shapes: MapShape[];
  /** The frame around the inset box, if any polygon was moved there. */
  inset: { x: number; y: number; width: number; height: number } | undefined;
}

type Box = { minX: number; minY: number; maxX: number; maxY: number };
const emptyBox = (): Box => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });
const grow = (b: Box, [x, y]: Point) => {
  if (x < b.minX) b.minX = x;
  if (x > b.maxX) b.maxX = x;
  if (y < b.minY) b.minY = y;
  if (y > b.maxY) b.maxY = y;
};

/** Twice the signed area of a ring (shoelace), halved and made positive. */
export function ringArea(ring: readonly Point[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(s) / 2;
}

/** A closed ring as relative path data: "M12 34l3-2 0 5…z". Repeated points are dropped. */
function ringPath(ring: readonly Point[]): string | undefined {
  const pts: Point[] = [];
  for (const p of ring) {
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (pts.length > 1 && pts[0]![0] === pts[pts.length - 1]![0] && pts[0]![1] === pts[pts.length - 1]![1]) pts.pop();
  if (pts.length < 3) return undefined;
  const num = (n: number, first: boolean) => (n < 0 || first ? `${n}` : ` ${n}`);
  let d = `M${pts[0]![0]} ${pts[0]![1]}l`;
  let first = true;
  for (let i = 1; i < pts.length; i++) {
    d += num(pts[i]![0] - pts[i - 1]![0], first) + num(pts[i]![1] - pts[i - 1]![1], false);
    first = false;
  }
  return `${d}z`;
}

/**
 * The map geometry of a topology at the given size and detail. Deterministic: the same file and
 * options give the same paths.
 */
export function buildMapGeometry(topology: Topology, file: string, options: MapOptions): MapGeometry {
  const geometries = geometriesOf(topology, file);
  const lonLat = decodeArcs(topology);

  // Which arcs belong to polygons that go into the inset (wholly east of INSET_EAST_OF).
  const isInset = geometries.map((g) => g.arcs.flat().every((i) => lonLat[i < 0 ? ~i : i]!.every(([lon]) => lon > INSET_EAST_OF)));
  const insetArcs = new Set<number>();
  const mainArcs = new Set<number>();
  geometries.forEach((g, k) => {
    for (const { arc } of g.arcs.flatMap(ringArcs)) (isInset[k] ? insetArcs : mainArcs).add(arc);
  });
  for (const a of insetArcs) if (mainArcs.has(a)) throw new Error(`${file}: arc ${a} is shared by an island east of ${INSET_EAST_OF}° and the mainland; the inset cannot be cut there`);

  // Equirectangular projection true to scale at the middle latitude; y grows southwards.
  const all = emptyBox();
  for (const arc of lonLat) for (const p of arc) grow(all, p);
  const k = Math.cos((((all.minY + all.maxY) / 2) * Math.PI) / 180);
  const projected = lonLat.map((arc) => arc.map(([lon, lat]) => [lon * k, -lat] as Point));

  const main = emptyBox();
  const east = emptyBox();
  projected.forEach((arc, i) => {
    if (mainArcs.has(i)) for (const p of arc) grow(main, p);
    if (insetArcs.has(i)) for (const p of arc) grow(east, p);
  });
  const hasInset = insetArcs.size > 0;
  // The inset sits in the mainland's north-east corner, a small margin in from its edges.
  const margin = (main.maxX - main.minX) * 0.02;
  const shift: Point = hasInset ? [main.maxX - margin - east.maxX, main.minY + margin - east.minY] : [0, 0];
  const scale = options.width / (main.maxX - main.minX);
  const height = Math.ceil((main.maxY - main.minY) * scale);
  const toSvg = (arc: Point[], moved: boolean): Point[] =>
    arc.map(([x, y]) => [((moved ? x + shift[0] : x) - main.minX) * scale, ((moved ? y + shift[1] : y) - main.minY) * scale] as Point);

  // Simplify each arc once (shared borders stay shared), then round.
  const arcs = projected.map((arc, i) =>
    simplifyLine(toSvg(arc, insetArcs.has(i)), options.minArea).map(([x, y]) => [Math.round(x), Math.round(y)] as Point),
  );
  const ring = (indexes: readonly number[]): Point[] =>
    ringArcs(indexes).flatMap(({ arc, reversed }, n) => {
      const pts = reversed ? [...arcs[arc]!].reverse() : arcs[arc]!;
      return n === 0 ? pts : pts.slice(1);
    });

  const byCode = new Map<string, { fileName: string; polygons: { rings: Point[][]; area: number }[] }>();
  for (const g of geometries) {
    const code = g.properties.KOMKODE.replace(/^0/, '');
    const rings = g.arcs.map(ring);
    let entry = byCode.get(code);
    if (!entry) byCode.set(code, (entry = { fileName: g.properties.KOMNAVN, polygons: [] }));
    entry.polygons.push({ rings, area: ringArea(rings[0] ?? []) });
  }

  const shapes: MapShape[] = [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, { fileName, polygons }]) => {
      const largest = Math.max(...polygons.map((p) => p.area));
      const kept = polygons.filter((p) => p.area >= options.minIslandArea || p.area === largest);
      const parts: string[] = [];
      const box = emptyBox();
      for (const p of kept) for (const pt of p.rings[0] ?? []) grow(box, pt);
      for (const p of kept) {
        const outer = ringPath(p.rings[0] ?? []);
        if (!outer) continue;
        parts.push(outer + p.rings.slice(1).flatMap((r) => (ringArea(r) < options.minIslandArea ? [] : (ringPath(r) ?? []))).join(''));
      }
      if (parts.length === 0) {
        // A speck smaller than one unit after rounding (Christiansø on a small map): a tiny square keeps it drawn.
        const [x, y] = polygons.flatMap((p) => p.rings[0] ?? [])[0] ?? [0, 0];
        parts.push(`M${x} ${y}h1v1h-1z`);
      }
      return { code, fileName, d: parts.join(''), polygons: parts.length, box: { x: box.minX, y: box.minY, width: box.maxX - box.minX, height: box.maxY - box.minY } };
    });

  const inset = hasInset
    ? (() => {
        const pad = margin / 2;
        const x = (east.minX + shift[0] - main.minX - pad) * scale;
        const y = (east.minY + shift[1] - main.minY - pad) * scale;
        return { x: Math.round(x), y: Math.round(y), width: Math.round((east.maxX - east.minX + 2 * pad) * scale), height: Math.round((east.maxY - east.minY + 2 * pad) * scale) };
      })()
    : undefined;
  return { width: options.width, height, shapes, inset };
}
