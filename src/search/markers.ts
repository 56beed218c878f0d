/**
 * The search keywords generated at build time (compound parts, synonyms, ASCII spellings) sit in
 * the index right after the word they come from, between these two marks:
 *
 *   "… en integrationsindsats ⟦indsats⟧ for børn ⟦boern born⟧ …"
 *
 * so a keyword matches in the place of its word (right excerpt, right sub-result, right anchor).
 * Pages themselves never show them: only the text handed to Pagefind has them. The browser
 * removes them from titles and excerpts and moves a highlight on a keyword onto its word.
 */
export const OPEN = '⟦';
export const CLOSE = '⟧';

/** A word of an excerpt and whether the search matched it. */
export interface ExcerptWord {
  text: string;
  marked: boolean;
  /** The keywords of the word the search matched ("job" for "beskæftigelse"). */
  via?: string[];
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|quot|#39|#x27|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'", amp: '&' })[e]!);

/**
 * Pagefind's excerpt HTML (text with <mark> around matched words) as words, keywords removed; a
 * match on a keyword marks the word it belongs to.
 */
export function excerptWords(html: string): ExcerptWord[] {
  // Words with their mark state. Pagefind marks whole words; a word a mark boundary cuts is joined.
  const raw: ExcerptWord[] = [];
  let marked = false;
  let glue = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    part.split(/\s+/).forEach((piece, i) => {
      if (!piece) return;
      const prev = raw[raw.length - 1];
      if (i === 0 && glue && prev) {
        prev.text += decode(piece);
        prev.marked ||= marked;
      } else raw.push({ text: decode(piece), marked });
    });
    if (part) glue = !/\s$/.test(part);
  }
  const out: ExcerptWord[] = [];
  let inside = firstMarkIsClose(raw);
  let matched: string[] = [];
  for (const w of raw) {
    let text = w.text;
    if (!inside) {
      const open = text.indexOf(OPEN);
      if (open === -1) {
        out.push({ text, marked: w.marked });
        continue;
      }
      if (open > 0) out.push({ text: text.slice(0, open), marked: w.marked });
      text = text.slice(open + 1);
      inside = true;
      matched = [];
    }
    const close = text.indexOf(CLOSE);
    if (w.marked) matched.push(close === -1 ? text : text.slice(0, close));
    if (close === -1) continue;
    inside = false;
    const prev = out[out.length - 1];
    if (matched.length && prev) {
      prev.marked = true;
      prev.via = [...(prev.via ?? []), ...matched];
    }
    const rest = text.slice(close + 1);
    if (rest) {
      if (prev) prev.text += rest;
      else out.push({ text: rest, marked: false });
    }
  }
  return out;
}

/** True when the text starts inside a keyword group (a close mark comes before any open mark). */
function firstMarkIsClose(words: ExcerptWord[]): boolean {
  for (const w of words) {
    const o = w.text.indexOf(OPEN);
    const c = w.text.indexOf(CLOSE);
    if (c !== -1 && (o === -1 || c < o)) return true;
    if (o !== -1) return false;
  }
  return false;
}

/** Plain text without keywords (titles, sub-result headings). */
export function stripKeywords(text: string): string {
  return text
    .replace(/^[^⟦]*?⟧/, '')
    .replace(/\s*⟦[^⟧]*⟧/g, '')
    .replace(/\s*⟦[^⟧]*$/, '')
    .trim();
}

const norm = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Excerpt words without the title: its first full occurrence, or the end of it where the excerpt starts. */
export function withoutTitle<W extends { text: string }>(words: W[], title: string): W[] {
  const t = title.split(/\s+/).map(norm).filter(Boolean);
  const w = words.map((x) => norm(x.text));
  for (let i = 0; i + t.length <= w.length; i++) {
    if (t.every((x, j) => w[i + j] === x)) return [...words.slice(0, i), ...words.slice(i + t.length)];
  }
  for (let k = Math.min(t.length - 1, w.length); k >= 2; k--) {
    if (t.slice(t.length - k).every((x, j) => w[j] === x)) return words.slice(k);
  }
  return words;
}
