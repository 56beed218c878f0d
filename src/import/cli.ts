/**
 * Command line of the import assistant:
 *
 *   npm run import -- FILE --municipality ID [--document-id ID] [--out DIR] [--format json]
 *                      [--force] [--report FILE] [--no-check]
 *
 * Exit 0: drafted and the checker found no error in the draft; 1: drafted, but the checker found
 * errors; 2: nothing written (usage, unreadable file, would overwrite, unknown municipality).
 */
import { formatFinding } from '../checker/report';
import { ImportRefused, InputError, runImport, type ImportOptions, type ImportResult } from './run';

export const USAGE =
  'usage: npm run import -- FILE --municipality ID [--document-id ID] [--out DIR] [--format json] [--force] [--report FILE] [--no-check]';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ImportOptions & { format: 'text' | 'json' } {
  let file: string | undefined;
  const options: Partial<ImportOptions> & { format: 'text' | 'json' } = { format: 'text' };
  const value = (i: number, name: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = () => inline ?? value(i++, name);
    if (name === '--municipality') options.municipality = take();
    else if (name === '--document-id') options.documentId = take();
    else if (name === '--out') options.out = take();
    else if (name === '--report') options.report = take();
    else if (name === '--format') {
      const f = take();
      if (f !== 'json' && f !== 'text') throw new UsageError(`--format must be json or text, not "${f}"`);
      options.format = f;
    } else if (name === '--force') options.force = true;
    else if (name === '--no-check') options.check = false;
    else if (name.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`only one FILE can be imported at a time (got "${file}" and "${arg}")`);
  }
  if (!file) throw new UsageError('FILE is missing');
  if (!options.municipality) throw new UsageError('--municipality ID is required (an id from content/municipalities.yaml, e.g. hilleroed)');
  return { ...options, file, municipality: options.municipality };
}

/** The summary printed after an import: what was found, what could not be placed. */
export function summary(result: ImportResult): string {
  const { draft } = result;
  const refs = draft.initiatives.reduce((n, x) => n + x.goals.length, 0);
  const criteria = draft.initiatives.reduce((n, x) => n + x.successCriteria.length, 0);
  const numbered = draft.goals.filter((g) => g.number !== undefined).length;
  const withMeasures = draft.goals.filter((g) => g.measures.length > 0 || g.deadline).length;
  const unplaced = draft.review.filter((r) => r.what.startsWith('Ikke placeret') || r.what.startsWith('Tabellen er opløst') || r.what.startsWith('Tekst i indsatsen'));
  const lines = [
    `Udkast skrevet (draft: true på hver post):`,
    ...result.written.map((p) => `  ${p}`),
    `Fundet: dokumentet »${draft.document.title}« (${draft.document.type}${draft.document.period ? `, ${draft.document.period.from}${draft.document.period.to ? `-${draft.document.period.to}` : ''}` : ''}), ` +
      `${draft.goals.length} mål (${numbered} nummererede, ${withMeasures} med måltal eller frist), ${draft.initiatives.length} indsatser, ${refs} målhenvisninger, ${criteria} succeskriterier.`,
    `Kunne ikke placere: ${unplaced.length} tekststykke${unplaced.length === 1 ? '' : 'r'}${unplaced.length ? ` (linje ${unplaced.map((r) => `${r.lines[0]}-${r.lines[1]}`).join(', ')})` : ''}.`,
    `Til gennemsyn i alt: ${draft.review.length} punkter (kommentarerne "TIL GENNEMSYN" øverst i filerne).`,
  ];
  if (result.check) {
    const errors = result.check.draft.filter((f) => f.severity === 'error');
    const warnings = result.check.draft.length - errors.length;
    lines.push(`Checker (katalogets indhold + udkastet): ${errors.length} fejl, ${warnings} advarsler i udkastet.`);
    for (const f of errors) lines.push(`  ${formatFinding(f)}`);
    if (result.check.otherErrors) lines.push(`  (${result.check.otherErrors} fejl andre steder i kataloget)`);
  }
  return `${lines.join('\n')}\n`;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Run the CLI; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<0 | 1 | 2> {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(argv);
  } catch (err) {
    io.err(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const result = await runImport(options);
    if (options.format === 'json') io.out(`${JSON.stringify({ ...result.draft, written: result.written, check: result.check ?? null }, null, 2)}\n`);
    else io.out(summary(result));
    return result.check && result.check.draft.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (err) {
    if (err instanceof InputError || err instanceof ImportRefused) io.err(`import: ${err.message}\n`);
    else io.err(`import failed: ${(err as Error)?.message ?? String(err)}\n`);
    return 2;
  }
}
