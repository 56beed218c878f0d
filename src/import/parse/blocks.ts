/**
 * Source lines → blocks: paragraphs, list items, table rows and headings, each with the line
 * range it came from. A blank line ends a block; a line that starts a list item or a labelled
 * entry ("- …", "3. …", "1a) …", "Mål 3: …", "Ad 2) …") starts a new one; a line with tabs is a
 * table row of its own.
 */
import type { Speller } from '../clean/speller';
import { joinLines, type SourceLine } from '../clean/text';

export interface Block {
  /** First and last source line. */
  from: number;
  to: number;
  /** The block's text, lines joined (hyphenation repaired), markup removed. */
  text: string;
  /** Number of source lines. */
  lineCount: number;
  /** Cells of a table row (a line with tabs), markup removed. */
  cells?: string[];
  /** The list marker the block starts with ("-", "3.", "1a)"), if any. */
  marker?: string;
}

/** A list item: bullet, "3.", "3)", "1a)", "(3)". */
export const LIST_ITEM = /^(?:(?<bullet>[-•▪◦*–])\s+|(?<num>\(?\d{1,2}[a-zæøå]?[.)])\s+(?!\d))/u;
/** A line that starts a labelled entry. */
const LABELLED = /^(?:mål|målsætning|delmål|indsats|initiativ|ad\b\.?)\s*\d/iu;
/** A labelled initiative heading ("Indsats 4: …", "Ad 2) …"). */
const HEADING_LABEL = /^(?:indsats|initiativ|tiltag|ad\b\.?)\s*\d/iu;
/** A label alone on its line ("1a)", "2b.") which introduces the block after it. */
export const BARE_LABEL = /^\(?(\d{1,2}[a-zæøå]?)[.)]$/u;

/** Remove the markup some extractions leave: <p>, <i>, **bold**. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?(?:p|i|b|em|strong|br|span)\b[^>]*>/gi, ' ')
    .replace(/\*\*/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function startsBlock(text: string): boolean {
  const t = stripMarkup(text);
  return LIST_ITEM.test(t) || LABELLED.test(t) || BARE_LABEL.test(t);
}

/** Cut cleaned source lines into blocks. */
export function toBlocks(lines: readonly SourceLine[], speller?: Speller): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const text = joinLines(current.map((l) => stripMarkup(l.text)), speller);
    if (text) {
      const marker = LIST_ITEM.exec(text);
      blocks.push({
        from: current[0]!.no,
        to: current[current.length - 1]!.no,
        text,
        lineCount: current.length,
        ...(marker ? { marker: (marker.groups!.bullet ?? marker.groups!.num)! } : {}),
      });
    }
    current = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') {
      flush();
      continue;
    }
    if (line.text.includes('\t')) {
      flush();
      const cells = line.text.split('\t').map(stripMarkup);
      if (cells.some((c) => c !== '')) blocks.push({ from: line.no, to: line.no, text: cells.filter(Boolean).join(' '), lineCount: 1, cells });
      continue;
    }
    if (current.length > 0 && startsBlock(line.text)) flush();
    current.push(line);
    // An initiative's heading line ("Initiativ 1: Sprogstart i dagtilbud") ends its block even
    // when the text follows on the next line without a blank line, as in most PDFs.
    const t = stripMarkup(line.text);
    if (current.length === 1 && HEADING_LABEL.test(t) && t.length <= 100 && !/[.,;:]$/.test(t)) flush();
  }
  flush();
  return blocks;
}

/** The block's text without its list marker. */
export function itemText(block: Block): string {
  return block.marker ? block.text.replace(LIST_ITEM, '').trim() : block.text;
}

/**
 * A heading: one short line (or two short lines, as a table header broken in two), no list
 * marker, not ending like a sentence.
 */
export function isHeading(block: Block): boolean {
  if (block.cells || block.marker) return false;
  const t = block.text;
  if (t.length > 100 || block.lineCount > 2) return false;
  if (/[.,;!?]$/.test(t)) return false;
  return /^[\p{Lu}\d]/u.test(t);
}
