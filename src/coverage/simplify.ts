/**
 * Line simplification (Visvalingam–Whyatt): repeatedly drops the point that spans the smallest
 * triangle with its neighbours until every remaining triangle is at least `minArea`. The first and
 * last point always stay, so arcs that meet still meet after simplification, and a border shared by
 * two municipalities (one arc in TopoJSON) is simplified once and stays shared.
 */
import type { Point } from './topology';

const triangle = (a: Point, b: Point, c: Point) => Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;

/**
 * The points of `line` that stay at `minArea` (same units as the points, squared). Deterministic;
 * O(n log n) with a binary heap.
 */
export function simplifyLine(line: readonly Point[], minArea: number): Point[] {
  const n = line.length;
  if (n <= 2 || minArea <= 0) return [...line];
  const prev = Int32Array.from({ length: n }, (_, i) => i - 1);
  const next = Int32Array.from({ length: n }, (_, i) => i + 1);
  const area = new Float64Array(n).fill(Infinity);
  const removed = new Uint8Array(n);
  const heap: number[] = [];
  const less = (i: number, j: number) => area[i]! < area[j]! || (area[i] === area[j] && i < j);
  const pos = new Int32Array(n).fill(-1);
  const swap = (a: number, b: number) => {
    const x = heap[a]!;
    heap[a] = heap[b]!;
    heap[b] = x;
    pos[heap[a]!] = a;
    pos[heap[b]!] = b;
  };
  const up = (k: number) => {
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (!less(heap[k]!, heap[p]!)) break;
      swap(k, p);
      k = p;
    }
  };
  const down = (k: number) => {
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === k) break;
      swap(k, m);
      k = m;
    }
  };
  const push = (i: number) => {
    heap.push(i);
    pos[i] = heap.length - 1;
    up(heap.length - 1);
  };
  const update = (i: number, a: number) => {
    const before = area[i]!;
    area[i] = a;
    if (a < before) up(pos[i]!);
    else down(pos[i]!);
  };
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    pos[top] = -1;
    if (heap.length > 0) {
      heap[0] = last;
      pos[last] = 0;
      down(0);
    }
    return top;
  };

  for (let i = 1; i < n - 1; i++) {
    area[i] = triangle(line[i - 1]!, line[i]!, line[i + 1]!);
    push(i);
  }
  let floor = 0;
  while (heap.length > 0) {
    const i = heap[0]!;
    // A point's effective area never falls below that of a point removed before it (else a
    // neighbour would be removed out of order): the standard Visvalingam rule.
    const a = Math.max(area[i]!, floor);
    if (a >= minArea) break;
    pop();
    floor = a;
    removed[i] = 1;
    const p = prev[i]!;
    const q = next[i]!;
    next[p] = q;
    prev[q] = p;
    if (p > 0) update(p, triangle(line[prev[p]!]!, line[p]!, line[q]!));
    if (q < n - 1) update(q, triangle(line[p]!, line[q]!, line[next[q]!]!));
  }
  return line.filter((_, i) => !removed[i]);
}
