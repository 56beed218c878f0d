/**
 * Repairs what text extraction breaks, keeping every line where it was so that an entry's
 * `source.lines` still points into the source text:
 * - ligature code points (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) become letters, soft hyphens and zero-width characters
 *   go, no-break spaces become spaces, text becomes NFC;
 * - running headers and footers (a short line repeated at the top or bottom of several pages)
 *   and page numbers are blanked;
 * - words hyphenated across lines are joined when they are joined into a paragraph
 *   (joinLines), only when the joined word is Danish.
 */
import { columnKind, STRUCTURAL } from '../recognise/patterns';
import type { Speller } from './speller';

/** One line of the source text, numbered from 1. */
export interface SourceLine {
  no: number;
  text: string;
}

const LIGATURES: Record<string, string> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

/** Expand ligatures, drop invisible characters, NFC. */
export function normaliseCharacters(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ');
}

/** A line that is only a page number: "7", "- 7 -", "Side 7", "7 af 12", "7/12". */
export const PAGE_NUMBER = /^[\s\-–]*(?:side\s+)?\d{1,3}(?:\s*(?:af|\/)\s*\d{1,3})?[\s\-–]*$/i;

/** The form a repeated header takes: markup, digits and case ignored. */
function headerKey(text: string): string {
  return text.replace(/[*_#]/g, '').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Page boundaries in a text: a form feed, or three or more blank lines (how a page break
 * survives in a plain-text extraction). Returns, per page, its line indexes.
 */
function pages(lines: readonly string[]): number[][] {
  const out: number[][] = [[]];
  let blanks = 0;
  lines.forEach((line, i) => {
    if (line.includes('\f')) {
      out.push([]);
      blanks = 0;
      return;
    }
    if (line.trim() === '') {
      blanks++;
      return;
    }
    if (blanks >= 3 && out[out.length - 1]!.length > 0) out.push([]);
    blanks = 0;
    out[out.length - 1]!.push(i);
  });
  return out.filter((p) => p.length > 0);
}

export interface CleanResult {
  lines: SourceLine[];
  /** Lines blanked as running header/footer or page number, with their text. */
  removed: SourceLine[];
}

/**
 * Clean a whole text (see the module comment). Line numbers are kept: a removed line stays as an
 * empty line.
 */
export function cleanText(raw: string): CleanResult {
  const texts = normaliseCharacters(raw).replace(/\r\n?/g, '\n').split('\n');
  const byPage = pages(texts);
  const edgeCount = new Map<string, number>();
  const edges: number[] = [];
  for (const page of byPage) {
    const top = page.slice(0, 2);
    const bottom = page.length > 2 ? page.slice(-2) : [];
    for (const i of new Set([...top, ...bottom])) {
      edges.push(i);
      const key = headerKey(texts[i]!);
      edgeCount.set(key, (edgeCount.get(key) ?? 0) + 1);
    }
  }
  const drop = new Set<number>();
  for (const i of edges) {
    const text = texts[i]!;
    const key = headerKey(text);
    // A heading that opens a part ("Handleplan", "Aktiviteter") may stand at the top of several pages: it stays.
    const structural = STRUCTURAL.test(text.trim()) || columnKind(text.trim()) !== undefined;
    const repeated = !structural && byPage.length >= 2 && (edgeCount.get(key) ?? 0) >= Math.max(2, Math.ceil(byPage.length / 2)) && key.length > 0 && key.length <= 80;
    if (repeated || PAGE_NUMBER.test(text.replace(/[*_]/g, ''))) drop.add(i);
  }
  const lines: SourceLine[] = [];
  const removed: SourceLine[] = [];
  texts.forEach((text, i) => {
    const clean = text.replace(/\f/g, '');
    if (drop.has(i)) {
      removed.push({ no: i + 1, text: clean });
      lines.push({ no: i + 1, text: '' });
    } else lines.push({ no: i + 1, text: clean });
  });
  return { lines, removed };
}

/** Words after a hyphen that show the hyphen stands for a shared ending ("beskæftigelses- og …"). */
const SUSPENDED = /^(og|eller|samt|men|til|som|&)$/i;

/**
 * Join the lines of one paragraph. A line that ends in a hyphen after a letter is joined to the
 * next without a space; the hyphen goes only when the joined word is a Danish word (speller) and
 * the next line does not start with a word like "og" ("beskæftigelses- og integrationsudvalget"
 * keeps its hyphen and space), a capital or a digit.
 */
export function joinLines(lines: readonly string[], speller?: Speller): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    const hyphen = /(\p{L}+)-$/u.exec(out);
    if (hyphen) {
      const nextWord = /^[\p{L}]+/u.exec(line)?.[0] ?? '';
      if (!nextWord || SUSPENDED.test(nextWord)) out += ` ${line}`;
      else if (/^\p{Ll}/u.test(nextWord) && speller?.isWord(hyphen[1]! + nextWord)) out = out.slice(0, -1) + line;
      else out += line;
    } else out += ` ${line}`;
  }
  return out.replace(/[ \t]+/g, ' ');
}
