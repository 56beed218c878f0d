/**
 * npm run bench:import            the import against the hand transcription, per source text
 * npm run bench:import -- --pdf   also the PDF library comparison (one process per library)
 */
import { spawnSync } from 'node:child_process';
import { accuracyTable, scoreAll } from './accuracy';
import { compareLibraries, EXTRACTORS } from './pdf-libraries';

export async function main(argv: readonly string[]): Promise<number> {
  const only = argv.indexOf('--library');
  if (only >= 0) {
    const results = await compareLibraries(5, process.cwd(), argv[only + 1]);
    process.stdout.write(`${JSON.stringify(results)}\n`);
    return 0;
  }
  process.stdout.write(`Import against the hand transcription (content/sources/ vs content/):\n\n${accuracyTable(scoreAll())}\n`);
  if (!argv.includes('--pdf')) return 0;
  const rows: string[] = [];
  for (const lib of EXTRACTORS) {
    // pdf-parse will not start beside another PDF.js build in one process: one process per library.
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--library', lib.name], { encoding: 'utf8' });
    if (run.status !== 0) {
      rows.push(`| ${lib.name} | failed: ${run.stderr.split('\n')[0]} | | | | |`);
      continue;
    }
    for (const r of JSON.parse(run.stdout.trim().split('\n').pop()!) as Awaited<ReturnType<typeof compareLibraries>>) {
      rows.push(`| ${r.library} | ${r.case} | ${r.medianMs} | ${Math.round(r.linesInOrder * 100)} % | ${Math.round(r.danishLetters * 100)} % | ${r.ligaturesLeft} |`);
    }
  }
  process.stdout.write(
    `\nPDF text extraction (median of 5 runs; generated PDFs, src/import/bench/pdf-libraries.ts):\n\n| library | PDF | ms | lines whole, in order | æøå kept | ligatures left |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`,
  );
  return 0;
}
