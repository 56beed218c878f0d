/**
 * Builds small PDFs from known text, for the tests and the extraction benchmark (no binary
 * fixtures: every PDF is made from the text it must give back). Uses pdf-lib; the font is
 * Helvetica (WinAnsi: æ, ø, å) or Liberation Sans, which pdfjs-dist ships as a TrueType file and
 * which has the ligature glyphs ﬁ and ﬂ.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

/** One page: running header/footer, a page number, and one or more columns of lines. */
export interface PdfPageSpec {
  /** Line printed at the top of the page (a running header). */
  header?: string;
  /** Line printed at the bottom (a running footer). */
  footer?: string;
  /** Print the page number at the bottom right. */
  pageNumber?: boolean;
  /** Columns side by side, left to right; each is a list of lines from the top. */
  columns: string[][];
  /** Font size of the body (default 11). */
  size?: number;
  /**
   * The order the lines are written into the PDF: column by column (default), or row by row
   * across the columns, as many producers write tables and some write columns.
   */
  order?: 'columns' | 'rows';
}

export interface PdfSpec {
  pages: PdfPageSpec[];
  /** Liberation Sans (with ligature glyphs) instead of Helvetica. */
  font?: 'helvetica' | 'liberation';
  title?: string;
}

const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 56;

function liberationSans(): Uint8Array {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('pdfjs-dist/package.json');
  return readFileSync(pkg.replace(/package\.json$/, 'standard_fonts/LiberationSans-Regular.ttf'));
}

/** The PDF bytes for `spec`. */
export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (spec.title) pdf.setTitle(spec.title);
  let font: PDFFont;
  if (spec.font === 'liberation') {
    pdf.registerFontkit(fontkit);
    font = await pdf.embedFont(liberationSans(), { subset: false });
  } else {
    font = await pdf.embedFont(StandardFonts.Helvetica);
  }
  spec.pages.forEach((pageSpec, index) => {
    const page = pdf.addPage([WIDTH, HEIGHT]);
    const size = pageSpec.size ?? 11;
    if (pageSpec.header) page.drawText(pageSpec.header, { x: MARGIN, y: HEIGHT - 36, size: 9, font });
    if (pageSpec.footer) page.drawText(pageSpec.footer, { x: MARGIN, y: 30, size: 9, font });
    if (pageSpec.pageNumber) page.drawText(String(index + 1), { x: WIDTH - MARGIN - 10, y: 30, size: 9, font });
    const columns = pageSpec.columns.length;
    const gap = 18;
    const colWidth = (WIDTH - 2 * MARGIN - gap * (columns - 1)) / columns;
    const draw = (c: number, i: number) => {
      const line = pageSpec.columns[c]![i];
      if (line) page.drawText(line, { x: MARGIN + c * (colWidth + gap), y: HEIGHT - 80 - i * size * 1.35, size, font });
    };
    const rows = Math.max(...pageSpec.columns.map((c) => c.length));
    if (pageSpec.order === 'rows') {
      for (let i = 0; i < rows; i++) for (let c = 0; c < columns; c++) draw(c, i);
    } else {
      for (let c = 0; c < columns; c++) for (let i = 0; i < rows; i++) draw(c, i);
    }
  });
  return pdf.save();
}
