/**
 * The permalink lock: a link shared today must open the same page in five years.
 *
 *   npm run permalinks:check     every address in permalinks.lock.txt is still built, or redirected
 *   npm run permalinks:update    add the addresses the site builds now (never removes one)
 *
 *   tsx scripts/permalinks.ts check|update [--content DIR] [--lock FILE] [--strict]
 *
 * The addresses are computed from the content (src/permalinks/model.ts), so the check runs before
 * `astro build`; `npm run build` runs it. The lock of the project's content/ is permalinks.lock.txt;
 * another content folder ($CATALOGUE_CONTENT_DIR or --content) carries its own (src/collections/content-dir.ts). --strict (on by default when $CI is set) also fails
 * when the site builds addresses the lock does not hold yet.
 * Exit 0: fine; 1: a locked address would break (or, strict, the lock is behind); 2: the check failed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ContentReadError } from '../collections/files';
import { buildPermalinks, checkLock, formatLock, parseLock, type LockReport, type Problem } from './model';
import { readPermalinkInput } from './input';
import { contentDir, lockFileFor } from '../collections/content-dir';

export const USAGE = 'usage: tsx scripts/permalinks.ts check|update [--content DIR] [--lock FILE] [--strict]';

interface Options {
  command: 'check' | 'update';
  contentDir: string;
  lockFile: string;
  strict: boolean;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Options {
  let command: Options['command'] | undefined;
  let content: string | undefined;
  let lockFile: string | undefined;
  let strict = Boolean(env.CI);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === 'check' || arg === 'update') command = arg;
    else if (arg === '--content') content = value();
    else if (arg === '--lock') lockFile = value();
    else if (arg === '--strict') strict = true;
    else if (arg === '--no-strict') strict = false;
    else throw new Error(`unknown argument "${arg}"`);
  }
  if (!command) throw new Error('say "check" or "update"');
  const dir = content === undefined ? contentDir(env, cwd) : resolve(cwd, content);
  return { command, contentDir: dir, lockFile: lockFile === undefined ? lockFileFor(dir, cwd) : resolve(cwd, lockFile), strict };
}

const indent = (text: string, by = '    ') => text.replace(/^/gm, by);

function problemLines(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.where}  error  ${p.message}  [redirect-invalid]\n${p.hint ? indent(p.hint) + '\n' : ''}`).join('');
}

function report(r: LockReport, lockName: string, strict: boolean, io: Io): 0 | 1 {
  let text = '';
  for (const f of r.failures) {
    const [first, ...rest] = f.lines;
    text += `${lockName}:${first!.line}  error  ${f.message}  [permalink-broken]\n`;
    for (const l of rest) text += `    (the same fix also keeps ${l.url} working, ${lockName}:${l.line})\n`;
    text += `${indent(f.hint)}\n`;
  }
  text += problemLines(r.problems);
  const errors = r.failures.length + r.problems.length;
  const behind = r.unlocked.length;
  if (behind > 0) {
    const shown = r.unlocked.slice(0, 15).map((u) => `    ${u}\n`).join('');
    const more = behind > 15 ? `    … and ${behind - 15} more\n` : '';
    text += `${strict ? 'error' : 'note'}: ${behind} address${behind === 1 ? '' : 'es'} the site builds ${behind === 1 ? 'is' : 'are'} not in ${lockName} yet:\n${shown}${more}`;
    text += `    Run "npm run permalinks:update" and commit ${lockName}, so ${behind === 1 ? 'it' : 'they'} can never silently disappear.\n`;
  }
  const failed = errors > 0 || (strict && behind > 0);
  if (failed) {
    text += `\npermalinks: ${errors} problem${errors === 1 ? '' : 's'}${strict && behind > 0 ? `, lock behind by ${behind}` : ''}. A published address must keep working: rename an id only together with a redirect (README: "Renaming an id safely").\n`;
    io.err(text);
    return 1;
  }
  io.out(`${text}permalinks: all ${r.locked} locked addresses lead to a page (${r.redirected} through a redirect).\n`);
  return 0;
}

export function main(argv: readonly string[], io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }, env = process.env, cwd = process.cwd()): 0 | 1 | 2 {
  let options: Options;
  try {
    options = parseArgs(argv, env, cwd);
  } catch (err) {
    io.err(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const lockName = relative(cwd, options.lockFile) || options.lockFile;
    const { input, problems: readProblems } = readPermalinkInput(options.contentDir, cwd);
    const model = buildPermalinks(input);
    model.problems.unshift(...readProblems);
    const lockText = existsSync(options.lockFile) ? readFileSync(options.lockFile, 'utf8') : undefined;
    if (lockText === undefined && options.command === 'check') {
      io.err(`${lockName} does not exist: run "npm run permalinks:update" to create it, and commit it.\n`);
      return 1;
    }
    const lock = parseLock(lockText ?? '');
    model.problems.push(...lock.problems);
    if (options.command === 'update') {
      const before = new Set(lock.lines.map((l) => l.url));
      const added = model.lockable.filter((u) => !before.has(u));
      const text = formatLock([...before, ...model.lockable]);
      if (text !== lockText) writeFileSync(options.lockFile, text);
      io.out(`permalinks: added ${added.length} address${added.length === 1 ? '' : 'es'} to ${lockName} (${before.size + added.length} in all; none removed).\n`);
      return report(checkLock(model, parseLock(text).lines), lockName, false, io);
    }
    return report(checkLock(model, lock.lines), lockName, options.strict, io);
  } catch (err) {
    const message = err instanceof ContentReadError ? err.message : ((err as Error)?.stack ?? String(err));
    io.err(`permalinks: the check itself failed: ${message}\n`);
    return 2;
  }
}

