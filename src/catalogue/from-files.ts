/**
 * The catalogue straight from the content files, without Astro (tests and command-line tools):
 * the same entries, in the same shape, that the Astro loader stores (registry.ts `asStored`).
 */
import { loadContentFiles } from '../collections/files';
import { REGISTRY, asStored, type CollectionName, type Collections } from '../collections/registry';
import { validateEntries } from '../collections/validate';
import { buildCatalogue, type CatalogueInput } from './model';

/** The catalogue's input from validated entries (validate.ts `validateEntries(...).valid`). */
export function catalogueInputOf(valid: ReturnType<typeof validateEntries>['valid'], collections: Collections = REGISTRY): CatalogueInput {
  const names = Object.keys(collections) as CollectionName[];
  return Object.fromEntries(names.map((name) => [name, (valid[name] ?? []).map((e) => asStored(name, e.data as object, e.document, collections))])) as CatalogueInput;
}

/** Read, validate and build the catalogue of a content folder (entries with schema problems are left out). */
export function catalogueFromFiles(contentDir: string, projectRoot = process.cwd()) {
  const { valid } = validateEntries(loadContentFiles(contentDir, projectRoot).entries);
  return buildCatalogue(catalogueInputOf(valid));
}
