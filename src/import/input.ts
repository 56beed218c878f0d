/** Reading the file to import: a PDF (text extracted) or a plain-text file. */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { extractPdf, PdfReadError } from './pdf/extract';

/** A file the import cannot read; the message says why and what to do. */
export class InputError extends Error {}

export interface ImportInput {
  /** The text the entries cite, line by line (the file itself, or the PDF's extracted text). */
  text: string;
  /** File name for content/sources/ (`source.file`), always `.txt`. */
  sourceName: string;
  kind: 'pdf' | 'text';
  pdfTitle?: string;
}

/** A file name the schema accepts ("[\w.-]+.txt"): æ→ae, ø→oe, å→aa, other characters → "-". */
export function sourceFileName(path: string): string {
  const stem = basename(path, extname(path))
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .replace(/Æ/g, 'Ae').replace(/Ø/g, 'Oe').replace(/Å/g, 'Aa')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'kilde'}.txt`;
}

/** Read FILE: PDF by its signature, else UTF-8 text. Throws InputError with a clear message. */
export async function readInput(path: string): Promise<ImportInput> {
  let data: Buffer;
  try {
    if (!statSync(path).isFile()) throw new InputError(`${path}: is not a file`);
    data = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`);
  }
  const isPdf = data.subarray(0, 5).toString('latin1') === '%PDF-';
  if (isPdf || extname(path).toLowerCase() === '.pdf') {
    if (!isPdf) throw new InputError(`${path}: the name ends in .pdf but the file is not a PDF (it does not start with %PDF-)`);
    try {
      const pdf = await extractPdf(new Uint8Array(data));
      const text = pdf.pages.join('\n\f\n');
      if (!text.replace(/\f/g, '').trim()) {
        throw new InputError(`${path}: the PDF has no text layer (a scanned document?); run it through OCR first and import the text`);
      }
      return { text, sourceName: sourceFileName(path), kind: 'pdf', ...(pdf.title ? { pdfTitle: pdf.title } : {}) };
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(`${path}: ${err instanceof PdfReadError ? err.message : `the PDF could not be read (${(err as Error).message})`}`);
    }
  }
  if (data.includes(0)) throw new InputError(`${path}: not a text file or a PDF (it holds binary data); import a PDF or a UTF-8 text file`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (text.includes('\ufffd')) throw new InputError(`${path}: not valid UTF-8 text; save the file as UTF-8 and import it again`);
  if (!text.trim()) throw new InputError(`${path}: the file is empty`);
  return { text, sourceName: sourceFileName(path), kind: 'text' };
}
