/**
 * The PDF path, with PDFs generated here from known text (src/import/pdf/make-pdf.ts): no binary
 * fixtures. Running headers, page numbers, hyphenation across lines, ligatures, two columns
 * written row by row, and a file that is not a readable PDF.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/import/cli';
import { extractPdf } from '../../src/import/pdf/extract';
import { makePdf } from '../../src/import/pdf/make-pdf';
import { runImport } from '../../src/import/run';

const dir = mkdtempSync(join(tmpdir(), 'import-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header = 'Odense Kommune · Integrationsplan 2021-2024';
const pages = [
  ['Integrationsplan 2021-2024', '', 'Mål', '', '1. At flere flygtninge kommer i job inden udgangen', 'af 2023.', '2. At alle børn har et godt dansk ved skolestart.'],
  ['Indsatser', '', '- Jobmentor for nyankomne flygtninge', '- Sprogstart i dagtilbud og i beskæftigelses-', 'og integrationsudvalgets regi', '- Effektiv ﬁnansiering af ﬂygtningeindsatsen'],
];

describe('PDF import', () => {
  test('headers, page numbers and ligatures go; a hyphen at a line end follows the dictionary; columns read in order', async () => {
    const bytes = await makePdf({
      font: 'liberation',
      pages: [
        ...pages.map((columns) => ({ header, pageNumber: true, columns: [columns] })),
        { header, pageNumber: true, order: 'rows' as const, columns: [['Venstre spalte begynder', 'med en sætning, der', 'fortsætter og', 'slutter her.'], ['Højre spalte begynder', 'med en anden sætning,', 'der også', 'slutter her.']] },
      ],
    });
    const text = (await extractPdf(bytes)).pages.join('\n');
    expect(text).toContain('Effektiv finansiering af flygtningeindsatsen');
    expect(text).not.toMatch(/[\ufb00-\ufb06]/);
    expect(text).toContain('Venstre spalte begynder\nmed en sætning, der\nfortsætter og\nslutter her.\n\nHøjre spalte begynder\nmed en anden sætning,\nder også\nslutter her.');

    const file = join(dir, 'Integrationsplan Odense.pdf');
    writeFileSync(file, bytes);
    const out = join(dir, 'out');
    const { draft, written, check } = await runImport({ file, municipality: 'odense', out });
    expect(draft.document).toMatchObject({ id: 'odense-integrationsplan-2021-2024', title: 'Integrationsplan 2021-2024', period: { from: 2021, to: 2024 } });
    expect(draft.goals.map((g) => g.text)).toEqual(['At flere flygtninge kommer i job inden udgangen af 2023.', 'At alle børn har et godt dansk ved skolestart.']);
    expect(draft.goals[0]!.deadline).toEqual({ year: 2023, text: 'inden udgangen af 2023' });
    expect(draft.initiatives.map((x) => x.title)).toEqual([
      'Jobmentor for nyankomne flygtninge',
      'Sprogstart i dagtilbud og i beskæftigelses- og integrationsudvalgets regi',
      'Effektiv finansiering af flygtningeindsatsen',
    ]);
    // The extracted text is the source the entries cite, with its line numbers.
    expect(written.some((p) => p.endsWith(join('out', 'sources', 'Integrationsplan-Odense.txt')))).toBe(true);
    const source = readFileSync(join(out, 'sources', 'Integrationsplan-Odense.txt'), 'utf8').split('\n');
    const goal = draft.goals[0]!;
    expect(source.slice(goal.source.lines[0] - 1, goal.source.lines[1]).join(' ')).toBe('1. At flere flygtninge kommer i job inden udgangen af 2023.');
    expect(source).toContain(header); // the source keeps the header; only the drafted text is cleaned
    expect(check?.draft.filter((f) => f.severity === 'error')).toEqual([]);
  }, 120_000);

  test('a file that is not a readable PDF is refused with a clear message, no stack trace, nothing written', async () => {
    const fake = join(dir, 'broken.pdf');
    writeFileSync(fake, '%PDF-1.7\nthis is not really a PDF\n');
    const notPdf = join(dir, 'picture.pdf');
    writeFileSync(notPdf, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    for (const [file, message] of [
      [fake, 'broken.pdf: not a readable PDF'],
      [notPdf, 'picture.pdf: the name ends in .pdf but the file is not a PDF'],
      [join(dir, 'missing.pdf'), 'missing.pdf: file not found'],
    ] as const) {
      let err = '';
      const code = await main([file, '--municipality', 'odense', '--out', join(dir, 'never')], { out: () => {}, err: (t) => (err += t) });
      expect(code).toBe(2);
      expect(err).toContain(message);
      expect(err).not.toMatch(/\n\s+at /);
    }
    expect(() => readFileSync(join(dir, 'never', 'sources', 'broken.txt'))).toThrow();
  }, 60_000);
});
