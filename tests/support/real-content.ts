/** The real content, loaded and validated exactly as the checker does, as catalogue input. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentFiles } from '../../src/collections/files';
import { validateEntries } from '../../src/collections/validate';
import { buildCatalogue } from '../../src/catalogue/model';
import { catalogueInputOf } from '../../src/catalogue/from-files';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The text of a source document the content is transcribed from (content/sources/, copied from
 * the project's seed files so that a clone holds them), e.g. seedText('001_6aabdc5b922a8d1d.txt').
 */
export function seedText(file: string): string {
  return readFileSync(join(ROOT, 'content', 'sources', file), 'utf8');
}

export function loadRealContent(contentDir = join(ROOT, 'content')) {
  const loaded = loadContentFiles(contentDir, ROOT);
  return { loaded, ...validateEntries(loaded.entries) };
}

export function realCatalogue() {
  return catalogueFrom(join(ROOT, 'content'));
}

/** The catalogue of any content folder (e.g. an edited copy), built as the site builds it. */
export function catalogueFrom(contentDir: string) {
  return buildCatalogue(catalogueInputOf(loadRealContent(contentDir).valid));
}
