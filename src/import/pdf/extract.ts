/**
 * PDF → text, with pdfjs-dist (Mozilla's PDF.js). Chosen over unpdf and pdf-parse (both wrap a
 * build of the same engine) because it gives each text item's position, which the import needs
 * to put columns in reading order and keep line breaks (BENCHMARKS.md, "PDF text extraction").
 *
 * Per page: items → visual lines (same baseline) → columns. Where the body of a page falls into
 * two side-by-side blocks separated by an empty vertical band (a gutter), the left column is read
 * to its end before the right one; where a line has three or more separated cells (a table row),
 * the cells are joined with tabs. Pages are separated by a form feed-free blank line pair, and
 * ligature code points (ﬁ, ﬂ …) are left for the cleaner (src/import/clean/) to expand.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One piece of text on a page, in PDF units from the bottom left. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** The extracted text of a PDF: one string per page, lines separated by "\n". */
export interface PdfText {
  pages: string[];
  /** Document title from the PDF's metadata, when set. */
  title?: string;
}

/** Raised for a file that is not a readable PDF; the message says what is wrong. */
export class PdfReadError extends Error {}

/** Items of one visual line, left to right. */
interface VisualLine {
  y: number;
  items: PdfItem[];
}

/** Group items into visual lines: same baseline within a third of the font size. */
export function toVisualLines(items: readonly PdfItem[]): VisualLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VisualLine[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(2, item.size / 3));
    if (line) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

/** Split a visual line into cells wherever the gap between items is wider than `gap` units. */
function cells(line: VisualLine, gap: number): PdfItem[][] {
  const out: PdfItem[][] = [];
  let last: PdfItem | undefined;
  for (const item of line.items) {
    if (!last || item.x - (last.x + last.width) > gap) out.push([item]);
    else out[out.length - 1]!.push(item);
    last = item;
  }
  return out;
}

/** Join the items of one cell, with a space where the PDF leaves a visible gap. */
function joinItems(items: readonly PdfItem[]): string {
  let text = '';
  let last: PdfItem | undefined;
  for (const item of items) {
    if (last) {
      const gap = item.x - (last.x + last.width);
      if (gap > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    }
    text += item.text;
    last = item;
  }
  return text.replace(/[ \t]+/g, ' ').trim();
}

/**
 * The x position of a gutter between two text columns on a page, or undefined: an x band that no
 * item crosses, with text on both sides on at least three lines. Lines that cross the band
 * (running headers, a full-width title) are read before or after the columns in their place.
 */
export function findGutter(lines: readonly VisualLine[], minGap = 12): number | undefined {
  const spans = lines.flatMap((l) => cells(l, minGap).map((c) => [c[0]!.x, Math.max(...c.map((i) => i.x + i.width))] as const));
  if (spans.length === 0) return undefined;
  const candidates = new Set<number>();
  for (const [, end] of spans) candidates.add(end + minGap / 2);
  let best: { x: number; both: number } | undefined;
  for (const x of candidates) {
    let both = 0;
    for (const line of lines) {
      const cs = cells(line, minGap);
      if (cs.some((c) => c[0]!.x < x && c.some((i) => i.x + i.width > x))) continue;
      const left = cs.some((c) => c[0]!.x < x);
      const right = cs.some((c) => c[0]!.x > x);
      if (left && right) both++;
    }
    if (both >= 3 && (!best || both > best.both)) best = { x, both };
  }
  return best?.x;
}

/** Lay out one page's items as text lines in reading order. */
export function layoutPage(items: readonly PdfItem[]): string[] {
  const lines = toVisualLines(items.filter((i) => i.text.trim() !== ''));
  if (lines.length === 0) return [];
  const size = median(lines.flatMap((l) => l.items.map((i) => i.size)));
  const cellGap = Math.max(12, size * 1.5);
  const tableRows = lines.filter((l) => cells(l, cellGap).length >= 3).length;
  if (tableRows >= 2) {
    // A table: one row per visual line, cells joined by tabs (the logic-model recogniser reads them).
    return lines.map((l) => cells(l, cellGap).map(joinItems).join('\t'));
  }
  const gutter = findGutter(lines, cellGap);
  if (gutter === undefined) return withParagraphBreaks(lines.map((l) => ({ y: l.y, text: joinItems(l.items) })));
  const out: string[] = [];
  let left: Array<{ y: number; text: string }> = [];
  let right: Array<{ y: number; text: string }> = [];
  const flush = () => {
    out.push(...withParagraphBreaks(left), ...(left.length && right.length ? [''] : []), ...withParagraphBreaks(right));
    left = [];
    right = [];
  };
  for (const line of lines) {
    const crosses = line.items.some((i) => i.x < gutter && i.x + i.width > gutter);
    if (crosses) {
      flush();
      out.push(joinItems(line.items));
      continue;
    }
    const l = line.items.filter((i) => i.x < gutter);
    const r = line.items.filter((i) => i.x >= gutter);
    if (l.length) left.push({ y: line.y, text: joinItems(l) });
    if (r.length) right.push({ y: line.y, text: joinItems(r) });
  }
  flush();
  return out;
}

/**
 * Text lines with a blank line wherever the vertical gap is clearly wider than the usual line
 * spacing (a new paragraph or heading), since a PDF has no blank lines of its own.
 */
export function withParagraphBreaks(lines: ReadonlyArray<{ y: number; text: string }>): string[] {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y);
  // The usual spacing is the lower quartile of the gaps: most gaps in a text are line spacing.
  const positive = gaps.filter((g) => g > 0).sort((a, b) => a - b);
  const usual = positive[Math.floor(positive.length / 4)] ?? 0;
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (i > 0 && gaps[i - 1]! > usual * 1.5) out.push('');
    out.push(l.text);
  });
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 10;
}

/** Open a PDF from its bytes; a file that is not a PDF raises PdfReadError. */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({ data: new Uint8Array(data), useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    const reason = (err as Error)?.message ?? String(err);
    throw new PdfReadError(`not a readable PDF (${reason})`);
  }
}

/** The text of every page of a PDF, laid out in reading order. */
export async function extractPdf(data: Uint8Array): Promise<PdfText> {
  const doc = await openPdf(data);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const [a, b, , , e, f] = raw.transform as number[];
        items.push({ text: raw.str, x: e!, y: f!, width: raw.width, size: Math.hypot(a!, b!) || raw.height || 10 });
      }
      pages.push(layoutPage(items).join('\n'));
      page.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => undefined);
    const title = (meta?.info as { Title?: unknown } | undefined)?.Title;
    return { pages, ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}) };
  } finally {
    await doc.loadingTask.destroy();
  }
}
