/**
 * UI keys chosen by a value of the content: each value's key written out, so the type check
 * proves every key exists and tests/i18n/keys.test.ts sees every key used.
 */
import type { CatalogueDocument, Note } from '../collections/schemas';
import type { UiKey } from './index';

/** The label of an editor's note by its kind ("Kilden er afskåret"). */
export const NOTE_LABEL = {
  truncated: 'note.truncated',
  'source-error': 'note.source-error',
  unclear: 'note.unclear',
  editorial: 'note.editorial',
} as const satisfies Record<Note['kind'], UiKey>;

/** What a document's source file is, by its kind ("Dokumentet selv"). */
export const SOURCE_KIND_LABEL = {
  dokument: 'source.kind.dokument',
  nyhed: 'source.kind.nyhed',
  dokumentdeling: 'source.kind.dokumentdeling',
} as const satisfies Record<NonNullable<CatalogueDocument['source']['kind']>, UiKey>;
