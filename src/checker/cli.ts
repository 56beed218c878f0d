/**
 * Command line: `tsx scripts/check-references.ts [contentDir] [--format text|json] [--no-hints]`.
 * The content folder is the argument, else $CATALOGUE_CONTENT_DIR, else ./content.
 * Exit 0: no errors (warnings allowed); 1: errors found; 2: the checker itself failed.
 */
import { resolve } from 'node:path';
import { ContentReadError } from '../collections/files';
import { contentDir } from '../collections/content-dir';
import { checkContent, exitCode } from './check';
import { failureLine, jsonFailure, jsonReport, rulesTable, textReport, type Format } from './report';
import { RULES } from './rules';

export const USAGE = 'usage: tsx scripts/check-references.ts [contentDir] [--format text|json] [--no-hints] [--rules]';

export interface CliOptions {
  contentDir: string;
  format: Format;
  hints: boolean;
  /** Print the rule table instead of checking. */
  rules: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): CliOptions {
  let dir: string | undefined;
  let format: Format = 'text';
  let hints = true;
  let rules = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be text or json, not "${value ?? ''}"`);
      format = value;
    } else if (arg === '--json') format = 'json';
    else if (arg === '--no-hints') hints = false;
    else if (arg === '--rules') rules = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else if (dir === undefined) dir = arg;
    else throw new UsageError(`only one content folder can be given (got "${dir}" and "${arg}")`);
  }
  return { contentDir: dir === undefined ? contentDir(env, cwd) : resolve(cwd, dir), format, hints, rules };
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Run the checker; returns the exit code. Never throws. */
export function main(argv: readonly string[], io: Io = processIo, env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 {
  let options: CliOptions;
  try {
    options = parseArgs(argv, env);
  } catch (err) {
    io.err(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options.rules) {
    io.out(options.format === 'json' ? `${JSON.stringify(RULES, null, 2)}\n` : rulesTable());
    return 0;
  }
  try {
    const result = checkContent(options.contentDir);
    io.out(options.format === 'json' ? jsonReport(result) : textReport(result, { hints: options.hints }));
    return exitCode(result);
  } catch (err) {
    const position = err instanceof ContentReadError ? err.position : undefined;
    const message = err instanceof ContentReadError ? err.reason : (err as Error)?.message ?? String(err);
    const line = failureLine(position, message.split('\n')[0]!);
    io.err(`${line}\n`);
    if (options.format === 'json') io.out(jsonFailure(position, message));
    return 2;
  }
}
