/**
 * The map geometry (src/coverage/): the boundary file decodes, every one of the 98 municipalities
 * has exactly one shape matched by code (Christiansø, which belongs to none, is the only shape
 * left over), islands stay in their municipality's one shape, the simplified maps are small, and a
 * broken boundary file is reported with its name.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildMapGeometry, ringArea } from '../../src/coverage/map-geometry';
import { FULL_MAP, LOCATOR_MAP, mapGeometry, matchShapes } from '../../src/coverage/map';
import { simplifyLine } from '../../src/coverage/simplify';
import { decodeArcs, parseTopology, type Point } from '../../src/coverage/topology';
import { realCatalogue, ROOT } from '../support/real-content';

const c = realCatalogue();

describe.each([
  ['full map', FULL_MAP],
  ['locator map', LOCATOR_MAP],
] as const)('the %s', (_, options) => {
  const geometry = mapGeometry(options, ROOT);

  it('has exactly one shape for each of the 98 municipalities, matched by code', () => {
    const { matched, unmatched, missing } = matchShapes(geometry, c.municipalities);
    expect(missing.map((m) => m.name)).toEqual([]);
    expect(matched).toHaveLength(98);
    expect(new Set(matched.map((x) => x.municipality.id)).size).toBe(98);
    expect(new Set(geometry.shapes.map((s) => s.code)).size).toBe(geometry.shapes.length);
    // Christiansø (code 411) belongs to no municipality: drawn, never linked.
    expect(unmatched.map((s) => [s.code, s.fileName])).toEqual([['411', 'Christiansø']]);
  });

  it('draws a municipality with islands as one path with several closed polygons', () => {
    const shapes = geometry.shapes;
    for (const s of shapes) {
      expect(s.d, s.fileName).toMatch(/^M-?\d+ -?\d+/);
      expect(s.d.endsWith('z'), s.fileName).toBe(true);
      expect(s.polygons, s.fileName).toBeGreaterThanOrEqual(1);
      expect(s.d.split('M').length - 1, s.fileName).toBeGreaterThanOrEqual(s.polygons);
    }
    expect(shapes.filter((s) => s.polygons > 1).length, 'municipalities drawn with islands').toBeGreaterThan(10);
  });

  it('fits every shape inside the drawing', () => {
    for (const s of geometry.shapes) {
      expect(s.box.x, s.fileName).toBeGreaterThanOrEqual(-1);
      expect(s.box.y, s.fileName).toBeGreaterThanOrEqual(-1);
      expect(s.box.x + s.box.width, s.fileName).toBeLessThanOrEqual(geometry.width + 1);
      expect(s.box.y + s.box.height, s.fileName).toBeLessThanOrEqual(geometry.height + 1);
    }
  });
});

describe('map size', () => {
  it('keeps the path data of the full map well under 60 KB gzip, the locator map smaller still', () => {
    const gz = (o: typeof FULL_MAP) => gzipSync(mapGeometry(o, ROOT).shapes.map((s) => `<path d="${s.d}"/>`).join('')).length;
    const full = gz(FULL_MAP);
    const locator = gz(LOCATOR_MAP);
    console.log(`map path data, gzip: full ${full} B, locator ${locator} B`);
    expect(full).toBeLessThan(20_000);
    expect(locator).toBeLessThan(5_000);
  });

  it('is deterministic', () => {
    const text = (o: typeof FULL_MAP) => JSON.stringify(buildMapGeometry(topology(), 'x', o));
    expect(text(FULL_MAP)).toBe(text(FULL_MAP));
  });
});

function topology() {
  return parseTopology(JSON.stringify({
    type: 'Topology',
    arcs: [[[10, 55], [11, 55], [11, 56], [10, 56], [10, 55]], [[15, 55], [15.2, 55], [15.2, 55.2], [15, 55]]],
    objects: { k: { type: 'GeometryCollection', geometries: [
      { type: 'Polygon', properties: { KOMKODE: '0101', KOMNAVN: 'A' }, arcs: [[0]] },
      { type: 'Polygon', properties: { KOMKODE: '0400', KOMNAVN: 'B' }, arcs: [[1]] },
    ] } },
  }), 'test.topojson');
}

describe('the geometry code', () => {
  it('decodes quantized, delta-encoded arcs', () => {
    const t = parseTopology(JSON.stringify({ type: 'Topology', transform: { scale: [0.5, 0.25], translate: [8, 54] }, arcs: [[[2, 4, -999], [1, -1], [1, 0]]], objects: { k: { type: 'GeometryCollection', geometries: [] } } }), 'q.topojson');
    expect(decodeArcs(t)).toEqual([[[9, 55], [9.5, 54.75], [10, 54.75]]]);
  });

  it('moves islands far to the east into a framed inset in the north-east corner', () => {
    const g = buildMapGeometry(topology(), 'test.topojson', { width: 100, minArea: 0, minIslandArea: 0 });
    const [a, b] = g.shapes;
    expect(g.inset).toBeDefined();
    expect(b!.box.x + b!.box.width).toBeLessThanOrEqual(100);
    expect(b!.box.y).toBeLessThan(a!.box.y + a!.box.height / 2);
    expect(g.inset!.x).toBeLessThanOrEqual(b!.box.x);
  });

  it('simplifies a line but keeps its ends, so borders shared by two municipalities still meet', () => {
    const line: Point[] = Array.from({ length: 50 }, (_, i) => [i, i % 2 === 0 ? 0 : 0.01]);
    const out = simplifyLine(line, 1);
    expect(out[0]).toEqual(line[0]);
    expect(out[out.length - 1]).toEqual(line[line.length - 1]);
    expect(out.length).toBeLessThan(5);
    expect(simplifyLine(line, 0)).toEqual(line);
    // A big feature survives.
    const spike: Point[] = [[0, 0], [5, 0], [6, 40], [7, 0], [12, 0]];
    expect(simplifyLine(spike, 1)).toContainEqual([6, 40]);
    expect(ringArea([[0, 0], [4, 0], [4, 3], [0, 3]])).toBe(12);
  });

  it('reports a broken boundary file with its name and where it is wrong', () => {
    expect(() => parseTopology('{ nope', 'src/coverage/geo/kommuner.topojson')).toThrow(/^src\/coverage\/geo\/kommuner\.topojson: not valid JSON/);
    expect(() => parseTopology(JSON.stringify({ type: 'Topology', arcs: [], objects: { k: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', properties: { KOMKODE: '219' }, arcs: [] }] } } }), 'k.topojson')).toThrow(
      /^k\.topojson: not a TopoJSON boundary file as expected at objects\.k\.geometries\.0\.properties\.KOMKODE/,
    );
    expect(() => mapGeometry(FULL_MAP, '/nonexistent-project')).toThrow(/kommuner\.topojson: the municipality boundary file is missing/);
  });
});
