/**
 * Publishing a finished build: the new site is built in a fresh folder beside the output folder
 * and moves into place only when every step has succeeded, so a failed build never leaves a
 * half-written `dist/` for anyone to deploy.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The fresh folder a build of `out` writes into: a hidden sibling, so the final move is a rename on one file system. */
export function stagingDirFor(out: string, id: string | number = process.pid): string {
  const abs = resolve(out);
  return join(dirname(abs), `.${basename(abs)}.next-${id}`);
}

/**
 * Replace `out` with `staged`. Two renames: the old site steps aside, the new one takes its name,
 * then the old one is deleted. If the second rename fails, the old site is put back. Between the
 * renames (microseconds) `out` does not exist; it is never half-written.
 */
export function publish(staged: string, out: string): void {
  const target = resolve(out);
  const old = `${dirname(target)}/.${basename(target)}.old-${process.pid}`;
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(staged, target);
  } catch (err) {
    if (hadOld) renameSync(old, target);
    throw err;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** Files every complete build has; a build missing one is not published. */
export const REQUIRED_FILES = [
  'index.html',
  '404.html',
  '_headers',
  '_redirects',
  'sitemap.xml',
  'robots.txt',
  'data/catalogue.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
] as const;

/** The required files missing from a built folder. */
export function missingFiles(dir: string): string[] {
  return REQUIRED_FILES.filter((f) => !existsSync(join(dir, f)));
}
