/** src/text/distance.ts: the one edit distance, against a plain full-matrix implementation. */
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/distance';

/** Optimal string alignment distance, the textbook full matrix (no band, no trimming). */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('bolig', 'bolgi')).toBe(1);
    expect(editDistance('flygtninge', 'flygninge')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('answers max + 1 once the distance is certain to exceed max', () => {
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('equals the full-matrix distance (or max + 1 above max) on 3,000 random pairs', () => {
    const next = random(20261130);
    const word = () => Array.from({ length: Math.floor(next() * 12) }, () => 'abcæø'[Math.floor(next() * 5)]).join('');
    for (let n = 0; n < 3000; n++) {
      const a = word();
      const b = next() < 0.5 ? word() : a.slice(0, Math.floor(next() * a.length)) + word().slice(0, 2) + a.slice(Math.floor(next() * a.length));
      const max = next() < 0.3 ? Infinity : Math.floor(next() * 5);
      const want = reference(a, b);
      expect(editDistance(a, b, max), `${a} / ${b} (max ${max})`).toBe(want > max ? max + 1 : want);
    }
  });
});
