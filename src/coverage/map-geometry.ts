/**
 * The municipality boundaries as SVG path data, made at build time: projected (equirectangular,
 * true to scale at Denmark's middle latitude), the islands far to the east (Bornholm and
 * Christiansø, east of INSET_EAST_OF degrees) moved into a framed box in the empty north-east
 * corner as Danish maps usually draw them, simplified per shared border (so neighbours still meet),
 * rounded to whole units and written as compact relative paths. One path per municipality code,
 * holding all its polygons (islands), so a municipality is one shape and one link.
 *
 * Optionally (`zoom`) an area too dense to read at the map's scale (the municipalities around
 * Copenhagen) is drawn a second time, enlarged, in a framed box of its own in the north-east
 * corner (the island box then goes under it):
 * `zoom.shapes` holds every municipality the area touches, `whole` telling which lie wholly inside
 * it (those are the ones to link there; the rest is context, clipped by the frame).
 */
import { simplifyLine } from './simplify';
import { decodeArcs, geometriesOf, ringArcs, type Geometry, type Point, type Topology } from './topology';

/** Polygons lying wholly east of this longitude go into the inset box. */
export const INSET_EAST_OF = 14;

/** An area drawn enlarged in a box of its own. */
export interface ZoomOptions {
  /** The area in degrees: west, south, east, north (longitude, latitude). */
  area: readonly [number, number, number, number];
  /** How many times larger than on the map. */
  factor: number;
}

export interface MapOptions {
  /** Width of the drawing in SVG units (the height follows from the shape of the country). */
  width: number;
  /** Visvalingam threshold in square SVG units: detail smaller than this is dropped. */
  minArea: number;
  /** Islands (polygons) smaller than this many square units are left out, except a municipality's largest. */
  minIslandArea: number;
  /** An area to draw enlarged as well (none on the small locator map). */
  zoom?: ZoomOptions;
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
  inset: Rect | undefined;
  /** The enlarged area, if the options ask for one. */
  zoom: MapZoom | undefined;
}

/** A rectangle in SVG units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An area of the map drawn enlarged in a framed box. */
export interface MapZoom {
  /** Where the area lies on the map (to mark it there). */
  area: Rect;
  /** The frame of the enlarged drawing (its shapes are clipped to it). */
  frame: Rect;
  /** Every municipality the area touches, enlarged, ordered by code. */
  shapes: (MapShape & { whole: boolean })[];
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
  const margin = (main.maxX - main.minX) * 0.02;
  const scale = options.width / (main.maxX - main.minX);
  const height = Math.ceil((main.maxY - main.minY) * scale);
  const toMain = (arc: Point[]): Point[] => arc.map(([x, y]) => [(x - main.minX) * scale, (y - main.minY) * scale] as Point);
  // The enlarged area's frame sits in the mainland's north-east corner, a small margin in from its
  // edges; the island box right under it (or in that corner when there is no enlarged area).
  const zoomFrame = options.zoom && frameOf(options.zoom, { k, toMain, width: options.width, margin: margin * scale });
  const insetTop = zoomFrame ? main.minY + (zoomFrame.frame.y + zoomFrame.frame.height) / scale + margin : main.minY + margin;
  const shift: Point = hasInset ? [main.maxX - margin - east.maxX, insetTop - east.minY] : [0, 0];
  const toSvg = (arc: Point[], moved: boolean): Point[] => toMain(moved ? arc.map(([x, y]) => [x + shift[0], y + shift[1]] as Point) : arc);

  // Simplify each arc once (shared borders stay shared), then round.
  const arcs = projected.map((arc, i) =>
    simplifyLine(toSvg(arc, insetArcs.has(i)), options.minArea).map(([x, y]) => [Math.round(x), Math.round(y)] as Point),
  );
  const shapes = shapesOf(geometries, arcs, options);
  const inset = hasInset
    ? (() => {
        const pad = margin / 2;
        const x = (east.minX + shift[0] - main.minX - pad) * scale;
        const y = (east.minY + shift[1] - main.minY - pad) * scale;
        return { x: Math.round(x), y: Math.round(y), width: Math.round((east.maxX - east.minX + 2 * pad) * scale), height: Math.round((east.maxY - east.minY + 2 * pad) * scale) };
      })()
    : undefined;
  const zoom = options.zoom && zoomFrame && zoomOf(options.zoom, zoomFrame, { geometries, lonLat, k, toMain, options });
  return { width: options.width, height, shapes, inset, zoom };
}

/**
 * The enlarged area: every municipality whose outline comes into the area, drawn `factor` times
 * larger in its frame. Arcs are simplified again at
 * the new size (more of the coast stays), so the enlarged drawing is as smooth as the map.
 */
/** Where an enlarged area lies on the map, and the frame it is drawn in (top right). */
function frameOf(zoom: ZoomOptions, m: { k: number; toMain: (arc: Point[]) => Point[]; width: number; margin: number }): { area: Rect; frame: Rect } {
  const [west, south, east, north] = zoom.area;
  const [[x0, y0], [x1, y1]] = m.toMain([[west * m.k, -north], [east * m.k, -south]]) as [Point, Point];
  const area = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  const width = Math.round(area.width * zoom.factor);
  const height = Math.round(area.height * zoom.factor);
  return { area, frame: { x: Math.round(m.width - m.margin - width), y: Math.round(m.margin), width, height } };
}

function zoomOf(
  zoom: ZoomOptions,
  { area, frame }: { area: Rect; frame: Rect },
  m: { geometries: readonly Geometry[]; lonLat: readonly Point[][]; k: number; toMain: (arc: Point[]) => Point[]; options: MapOptions },
): MapZoom {
  const [west, south, east, north] = zoom.area;
  const inside = ([lon, lat]: Point) => lon >= west && lon <= east && lat >= south && lat <= north;
  const points = (g: Geometry) => g.arcs.flat().flatMap((i) => m.lonLat[i < 0 ? ~i : i]!);
  const touching = m.geometries.filter((g) => points(g).some(inside));
  const wholeCodes = new Set<string>();
  const partCodes = new Set<string>();
  for (const g of touching) (points(g).every(inside) ? wholeCodes : partCodes).add(codeOf(g));
  // A municipality with one island outside the area is not wholly inside it.
  for (const g of m.geometries) if (wholeCodes.has(codeOf(g)) && !touching.includes(g)) partCodes.add(codeOf(g));
  const codes = new Set([...wholeCodes, ...partCodes]);
  const drawn = m.geometries.filter((g) => codes.has(codeOf(g)));
  const used = new Set(drawn.flatMap((g) => g.arcs.flat().map((i) => (i < 0 ? ~i : i))));
  const enlarge = ([x, y]: Point): Point => [frame.x + (x - area.x) * zoom.factor, frame.y + (y - area.y) * zoom.factor];
  const arcs = m.lonLat.map((arc, i) =>
    used.has(i) ? simplifyLine(m.toMain(arc.map(([lon, lat]) => [lon * m.k, -lat] as Point)).map(enlarge), m.options.minArea).map(([x, y]) => [Math.round(x), Math.round(y)] as Point) : undefined,
  );
  const shapes = shapesOf(drawn, arcs, m.options).map((s) => ({ ...s, whole: wholeCodes.has(s.code) && !partCodes.has(s.code) }));
  const round = (r: Rect): Rect => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) });
  return { area: round(area), frame, shapes };
}

/** The municipality code of a geometry without the leading zero ("219"). */
const codeOf = (g: Geometry) => g.properties.KOMKODE.replace(/^0/, '');

/** One shape per municipality code of `geometries`, from arcs already in SVG units, ordered by code. */
function shapesOf(geometries: readonly Geometry[], arcs: readonly (Point[] | undefined)[], options: MapOptions): MapShape[] {
  const ring = (indexes: readonly number[]): Point[] =>
    ringArcs(indexes).flatMap(({ arc, reversed }, n) => {
      const pts = reversed ? [...arcs[arc]!].reverse() : arcs[arc]!;
      return n === 0 ? pts : pts.slice(1);
    });

  const byCode = new Map<string, { fileName: string; polygons: { rings: Point[][]; area: number }[] }>();
  for (const g of geometries) {
    const code = codeOf(g);
    const rings = g.arcs.map(ring);
    let entry = byCode.get(code);
    if (!entry) byCode.set(code, (entry = { fileName: g.properties.KOMNAVN, polygons: [] }));
    entry.polygons.push({ rings, area: ringArea(rings[0] ?? []) });
  }

  return [...byCode.entries()]
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
}
