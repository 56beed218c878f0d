/**
 * Drafts are not published: a document, goal, initiative or case marked `draft: true` is left out
 * of the catalogue, and so is every entry of a draft document. The checker warns about each draft
 * (rule `draft`) and refuses a published entry that depends on one (rule `draft-referenced`).
 */

interface Draftable {
  id: string;
  draft?: boolean;
}

/** The published part of the collections: no drafts, nothing in a draft document. */
export function withoutDrafts<D extends Draftable, E extends Draftable & { document: string }, I extends { documents: D[]; goals: E[]; initiatives: E[]; cases: E[] }>(input: I): I {
  const documents = input.documents.filter((d) => !d.draft);
  const published = new Set(documents.map((d) => d.id));
  const keep = <T extends Draftable & { document: string }>(entries: T[]) => entries.filter((e) => !e.draft && published.has(e.document));
  return { ...input, documents, goals: keep(input.goals), initiatives: keep(input.initiatives), cases: keep(input.cases) };
}
