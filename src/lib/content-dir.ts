import { resolve } from 'node:path';

/**
 * The content folder the site and the checker read. Defaults to ./content; the environment
 * variable CATALOGUE_CONTENT_DIR points the build at another corpus (e.g. a generated one).
 */
export function contentDir(): string {
  return resolve(process.env.CATALOGUE_CONTENT_DIR ?? 'content');
}
