/** The real content, loaded and validated exactly as the checker does, as catalogue input. */
import { join } from 'node:path';
import { loadContentFiles } from '../../src/lib/content-files';
import { validateEntries } from '../../src/lib/validate';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue-model';

export const ROOT = join(import.meta.dirname, '..', '..');

export function loadRealContent() {
  const loaded = loadContentFiles(join(ROOT, 'content'), ROOT);
  return { loaded, ...validateEntries(loaded.entries) };
}

export function realCatalogue() {
  const { valid } = loadRealContent();
  const withDocument = <T>(list: { data: T; document?: string }[]) => list.map((e) => ({ ...e.data, document: e.document! }));
  const input: CatalogueInput = {
    municipalities: valid.municipalities.map((e) => e.data),
    themes: valid.themes.map((e) => e.data),
    targetGroups: valid.targetGroups.map((e) => e.data),
    relatedDocuments: valid.relatedDocuments.map((e) => e.data),
    documents: valid.documents.map((e) => e.data),
    goals: withDocument(valid.goals),
    initiatives: withDocument(valid.initiatives),
    cases: withDocument(valid.cases),
  };
  return buildCatalogue(input);
}
