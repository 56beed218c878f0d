/**
 * Compares PDF text extraction libraries on the same generated PDFs (npm run bench:import -- --pdf):
 * time, Danish letters, ligatures, column order and line breaks. The figures are in BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPdf } from '../pdf/extract';
import { makePdf, type PdfSpec } from '../pdf/make-pdf';

/** A library under test: PDF bytes → text of the whole document. */
export interface Extractor {
  name: string;
  extract(data: Uint8Array): Promise<string>;
}

export const EXTRACTORS: Extractor[] = [
  { name: 'pdfjs-dist (positions, own layout)', extract: async (d) => (await extractPdf(d)).pages.join('\n\n') },
  {
    name: 'unpdf extractText',
    extract: async (d) => {
      const { extractText, getDocumentProxy } = await import('unpdf');
      const pdf = await getDocumentProxy(new Uint8Array(d));
      const { text } = await extractText(pdf, { mergePages: false });
      return text.join('\n\n');
    },
  },
  {
    name: 'pdf-parse getText',
    extract: async (d) => {
      const { PDFParse } = await import('pdf-parse');
      const parser = new PDFParse({ data: new Uint8Array(d) });
      try {
        return (await parser.getText()).text;
      } finally {
        await parser.destroy();
      }
    },
  },
];

/** A test PDF with what a faithful extraction must give back. */
interface Case {
  name: string;
  spec: PdfSpec;
  /** Lines that must come out whole, in this order. */
  lines: string[];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The benchmark cases: a real source text paged, two columns, ligatures. */
export function cases(root = process.cwd()): Case[] {
  const source = readFileSync(join(root, 'content/sources/001_6aabdc5b922a8d1d.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.includes('\t') && !l.includes('<p>'))
    .flatMap((l) => wrap(l.replace(/[*]/g, '').replace(/[^\x20-\xff–’"]/g, ''), 90));
  const left = ['Vi vil sikre, at børn og unge', 'får en god skolegang, og at', 'forældrene er aktive.'];
  const right = ['Målet er, at flere kommer', 'i uddannelse og job inden', 'udgangen af 2025.'];
  const pages = chunk(source, 40);
  return [
    {
      name: `source 001 (${pages.length} pages, headers, page numbers)`,
      spec: { pages: pages.map((lines) => ({ header: 'Integrationshandlingsprogram 2015-2018', pageNumber: true, columns: [lines] })) },
      lines: source,
    },
    {
      name: 'two columns, written column by column',
      spec: { pages: [{ columns: [[...left, ...left], [...right, ...right]] }] },
      lines: [...left, ...left, ...right, ...right],
    },
    {
      name: 'two columns, written row by row',
      spec: { pages: [{ order: 'rows', columns: [[...left, ...left], [...right, ...right]] }] },
      lines: [...left, ...left, ...right, ...right],
    },
    {
      name: 'ligatures (Liberation Sans ﬁ ﬂ)',
      spec: { font: 'liberation', pages: [{ columns: [['Effektiv ﬁnansiering af ﬂygtningeindsatsen.', 'Et ﬂot resultat for ﬁre kommuner.']] }] },
      lines: ['Effektiv finansiering af flygtningeindsatsen.', 'Et flot resultat for fire kommuner.'],
    },
  ];
}

function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/)) {
    if (current && (current + ' ' + word).length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out;
}

export interface LibraryResult {
  library: string;
  case: string;
  medianMs: number;
  /** Share of expected lines found whole, in order. */
  linesInOrder: number;
  /** æøåÆØÅ in the output / in the expected text. */
  danishLetters: number;
  /** Ligature code points (U+FB00–FB06) left in the output. */
  ligaturesLeft: number;
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Share of `expected` lines that occur as whole lines of `text`, in order. */
export function linesInOrder(text: string, expected: readonly string[]): number {
  const got = text.split('\n').map(normalise);
  let at = 0;
  let found = 0;
  for (const line of expected) {
    const i = got.indexOf(normalise(line), at);
    if (i >= 0) {
      found++;
      at = i + 1;
    }
  }
  return expected.length ? found / expected.length : 1;
}

const DANISH = /[æøåÆØÅ]/g;

/**
 * Run every extractor (or only the one named `only`) on every case `runs` times. Run one library
 * per process: pdf-parse refuses to start beside another PDF.js build ("The API version 5.4.296
 * does not match the Worker version"), because PDF.js keeps its worker in a global.
 */
export async function compareLibraries(runs = 5, root = process.cwd(), only?: string): Promise<LibraryResult[]> {
  const results: LibraryResult[] = [];
  for (const c of cases(root)) {
    const bytes = await makePdf(c.spec);
    const expectedDanish = c.lines.join('\n').match(DANISH)?.length ?? 0;
    for (const lib of EXTRACTORS.filter((e) => only === undefined || e.name === only)) {
      const times: number[] = [];
      let text = '';
      for (let r = 0; r < runs; r++) {
        const start = performance.now();
        text = await lib.extract(bytes);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      results.push({
        library: lib.name,
        case: c.name,
        medianMs: Math.round(times[Math.floor(runs / 2)]!),
        linesInOrder: linesInOrder(text, c.lines),
        danishLetters: expectedDanish ? (text.match(DANISH)?.length ?? 0) / expectedDanish : 1,
        ligaturesLeft: text.match(/[\ufb00-\ufb06]/g)?.length ?? 0,
      });
    }
  }
  return results;
}
