/**
 * Identity rules: unique ids per collection and sections per document, unique municipality codes,
 * unique goal numbers per document, and document id = folder name.
 */
import type { CollectionName, RawEntry } from '../../../src/lib/content-files';
import { goalLabel, where, type CheckContext } from './model';

export const COLLECTION_NOUN: Record<CollectionName, string> = {
  municipalities: 'municipality',
  themes: 'theme',
  targetGroups: 'target group',
  relatedDocuments: 'related document',
  documents: 'document',
  goals: 'goal',
  initiatives: 'initiative',
  cases: 'case',
};

const field = (entry: RawEntry, key: string): unknown =>
  entry.data && typeof entry.data === 'object' ? (entry.data as Record<string, unknown>)[key] : undefined;

export function checkIdentity(ctx: CheckContext): void {
  // Ids unique per collection (goals, initiatives and cases across all documents: the id is the permalink).
  const seen = new Map<string, RawEntry>();
  const codes = new Map<string, RawEntry>();
  for (const entry of ctx.loaded.entries) {
    const id = field(entry, 'id');
    if (typeof id === 'string') {
      const key = `${entry.collection}\u0000${id}`;
      const first = seen.get(key);
      if (first) {
        ctx.reportAt('duplicate-id', entry, ['id'], `${COLLECTION_NOUN[entry.collection]} id "${id}" is already used at ${where(first, ['id'], entry)}`);
      } else seen.set(key, entry);
    }
    if (entry.collection === 'municipalities') {
      const code = field(entry, 'code');
      if (typeof code === 'string' || typeof code === 'number') {
        const first = codes.get(String(code));
        if (first) {
          ctx.reportAt(
            'duplicate-municipality-code',
            entry,
            ['code'],
            `municipality code "${code}" is also the code of "${String(field(first, 'id'))}" (${where(first, ['code'], entry)})`,
          );
        } else codes.set(String(code), entry);
      }
    }
  }

  for (const doc of ctx.folders.values()) {
    // Document id = folder name.
    const id = field(doc.entry, 'id');
    if (typeof id === 'string' && id !== doc.folder) {
      ctx.reportAt('document-folder-mismatch', doc.entry, ['id'], `document id "${id}" differs from its folder name "${doc.folder}"`);
    }
    // Section ids unique within the document.
    const sections = field(doc.entry, 'sections');
    if (Array.isArray(sections)) {
      const firstAt = new Map<string, number>();
      sections.forEach((s, j) => {
        const sid = s && typeof s === 'object' ? (s as Record<string, unknown>).id : undefined;
        if (typeof sid !== 'string') return;
        const first = firstAt.get(sid);
        if (first !== undefined) {
          ctx.reportAt('duplicate-id', doc.entry, ['sections', j, 'id'], `section id "${sid}" is already used in this document at ${where(doc.entry, ['sections', first, 'id'], doc.entry)}`);
        } else firstAt.set(sid, j);
      });
    }
  }

  // Goal numbers unique within a document.
  for (const entry of ctx.loaded.entries) {
    if (entry.collection !== 'goals' || entry.document === undefined) continue;
    const n = field(entry, 'number');
    if (typeof n !== 'number') continue;
    const first = ctx.folders.get(entry.document)?.goals.get(n);
    if (first && first.entry !== entry) {
      ctx.reportAt(
        'duplicate-goal-number',
        entry,
        ['number'],
        `${goalLabel(n)} is numbered twice in this document (first at ${where(first.entry, ['number'], entry)}, goal "${String(field(first.entry, 'id'))}")`,
      );
    }
  }
}
