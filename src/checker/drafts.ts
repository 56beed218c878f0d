/**
 * Draft rules: every entry marked `draft: true` is reported as a warning at its mark, and a
 * published entry that depends on a draft (an initiative citing a draft goal, an entry in a draft
 * document) is an error, since the site leaves drafts out.
 */
import type { CollectionName } from '../collections/files';
import type { CheckContext } from './model';

const KIND: Partial<Record<CollectionName, string>> = { documents: 'document', goals: 'goal', initiatives: 'initiative', cases: 'case' };

export function checkDrafts(ctx: CheckContext): void {
  const draftDocuments = new Set<string>();
  for (const d of ctx.valid.documents) if (d.data.draft) draftDocuments.add(d.document ?? d.data.id);
  const draftGoals = new Map<string, Set<number>>();
  for (const g of ctx.valid.goals) {
    if (g.data.draft && g.data.number !== undefined) {
      const set = draftGoals.get(g.document!) ?? new Set<number>();
      set.add(g.data.number);
      draftGoals.set(g.document!, set);
    }
  }
  for (const collection of ['documents', 'goals', 'initiatives', 'cases'] as const) {
    for (const entry of ctx.valid[collection]) {
      const data = entry.data as { id: string; draft: boolean };
      const kind = KIND[collection]!;
      if (data.draft) {
        ctx.reportAt('draft', entry, ['draft'], `${kind} "${data.id}" is a draft (draft: true): it is not published until an editor has checked it and deleted the mark`);
        continue;
      }
      if (collection !== 'documents' && entry.document !== undefined && draftDocuments.has(entry.document)) {
        ctx.reportAt('draft-referenced', entry, ['id'], `${kind} "${data.id}" is not marked as a draft, but its document "${entry.document}" is: nothing in a draft document is published`);
      }
    }
  }
  for (const entry of ctx.valid.initiatives) {
    if (entry.data.draft) continue;
    entry.data.goals.forEach((ref, i) => {
      const folder = ref.document ?? entry.document!;
      const drafts = draftGoals.get(folder);
      const numbers = ref.goal !== undefined ? [ref.goal] : ref.from !== undefined && ref.to !== undefined ? Array.from({ length: Math.max(0, ref.to - ref.from + 1) }, (_, k) => ref.from! + k) : [];
      const hit = numbers.find((n) => drafts?.has(n));
      if (hit !== undefined) {
        ctx.reportAt('draft-referenced', entry, ['goals', i], `initiative "${entry.data.id}" cites Mål ${hit}, which is a draft and not published`);
      }
    });
  }
}
