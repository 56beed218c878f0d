/** Small text helpers for the recognisers: ids, similarity, shortening. */
import { slugify } from '../../text/slug';

/** An ASCII id from Danish text, at most `maxWords` words: "Børn og unge" → "boern-og-unge" (see slugify). */
export function slug(text: string, maxWords = 6): string {
  return slugify(text).split('-').filter(Boolean).slice(0, maxWords).join('-');
}

/** Text compared loosely: case, dashes, quotes and spacing ignored, no final full stop. */
export function loose(text: string): string {
  return text
    .toLowerCase()
    .replace(/[–—‐-]/g, '-')
    .replace(/[“”„"»«]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

/** Word-bag similarity of two texts, 0..1 (Dice coefficient over words). */
export function similarity(a: string, b: string): number {
  const words = (s: string) => loose(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/** The first `words` words of a text, with "…" when cut. */
export function shorten(text: string, words = 10): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')} …`;
}
