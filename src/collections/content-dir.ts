import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The environment variable that points the checks and the build at another content folder. */
export const CONTENT_DIR_VARIABLE = 'CATALOGUE_CONTENT_DIR';

/**
 * The content folder the site, the checker, the permalink check and the build read: the one
 * place it is decided. `CATALOGUE_CONTENT_DIR` names another folder (e.g. a generated corpus);
 * unset or empty means `./content` (an empty value never means "the current folder").
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const value = env[CONTENT_DIR_VARIABLE]?.trim();
  return resolve(cwd, value ? value : 'content');
}

/**
 * Why `dir` cannot be built as a catalogue, or undefined when it can: it must exist and hold at
 * least one document folder (`documents/<id>/document.yaml`). A build of an empty or mistyped
 * folder would otherwise publish a site with no catalogue in it and exit 0.
 */
export function contentDirProblem(dir: string): string | undefined {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return `the content folder ${dir} does not exist (check ${CONTENT_DIR_VARIABLE}, or run from the project folder)`;
  }
  const docs = join(dir, 'documents');
  const documents = existsSync(docs)
    ? readdirSync(docs).filter((name) => existsSync(join(docs, name, 'document.yaml')))
    : [];
  if (documents.length === 0) {
    return `the content folder ${dir} holds no document (expected ${join(dir, 'documents', '<id>', 'document.yaml')}); is ${CONTENT_DIR_VARIABLE} pointing at the right folder?`;
  }
  return undefined;
}

/**
 * The permalink lock of a content folder: `permalinks.lock.txt` at the project root for the
 * project's own `content/`, and `<folder>/permalinks.lock.txt` for any other content folder (a
 * generated corpus carries its own lock; see scripts/generate-corpus.ts).
 */
export function lockFileFor(dir: string, cwd = process.cwd()): string {
  return resolve(dir) === resolve(cwd, 'content') ? resolve(cwd, 'permalinks.lock.txt') : join(resolve(dir), 'permalinks.lock.txt');
}
