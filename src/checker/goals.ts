/**
 * Goal-reference rules: every reference from an initiative to a goal must land on a goal that
 * exists and, when the source quotes the goal, on the goal whose text it quotes. Plus the
 * coverage warnings (goals no initiative serves, initiatives that serve no goal).
 */
import type { GoalRef } from '../collections/schemas';
import type { RawEntry } from '../collections/files';
import { describeNumbers, where, type CheckContext, type DocumentInfo, type GoalInfo } from './model';
import { matchQuote } from './normalise';

/**
 * The goal numbers a `citedAs` text names, one [from, to] per number or range:
 * "Mål 5" → [[5, 5]], "mål 1-9" → [[1, 9]], "mål 1-6 og mål 9" → [[1, 6], [9, 9]].
 */
export function parseCitedAs(citedAs: string): [number, number][] {
  const found: [number, number][] = [];
  for (const m of citedAs.matchAll(/(\d+)(?:\s*(?:[-\u2010\u2011\u2012\u2013\u2014]|til)\s*(\d+))?/gu)) {
    found.push([Number(m[1]), Number(m[2] ?? m[1])]);
  }
  return found;
}

const shorten = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function checkQuote(ctx: CheckContext, entry: RawEntry, k: number, ref: GoalRef, doc: DocumentInfo, goal: GoalInfo): void {
  if (ref.quote === undefined || goal.text === undefined) return;
  const match = matchQuote(ref.quote, goal.text);
  if (match.matches) return;
  let other: { goal: GoalInfo; similarity: number } | undefined;
  for (const candidate of doc.goals.values()) {
    if (candidate === goal || candidate.text === undefined) continue;
    const m = matchQuote(ref.quote, candidate.text);
    if (m.matches && (!other || m.similarity > other.similarity)) other = { goal: candidate, similarity: m.similarity };
  }
  const message = other
    ? `quoted text is ${other.goal.label}'s, not ${goal.label}'s ("${shorten(ref.quote)}")`
    : `quoted text does not match ${goal.label} (similarity ${Math.round(match.similarity * 100)} %, needs 90 %): "${shorten(ref.quote)}" vs "${shorten(goal.text)}"`;
  ctx.reportAt('quote-mismatch', entry, ['goals', k, 'quote'], message);
}

function checkCitedAs(ctx: CheckContext, entry: RawEntry, k: number, ref: GoalRef): void {
  if (ref.citedAs === undefined || ref.note !== undefined) return;
  const cited = parseCitedAs(ref.citedAs);
  if (cited.length === 0) return;
  const recorded: [number, number] | undefined =
    ref.goal !== undefined ? [ref.goal, ref.goal] : ref.from !== undefined && ref.to !== undefined ? [ref.from, ref.to] : undefined;
  // Agrees when the recorded goal (or range) is one of the numbers or ranges the source prints.
  if (!recorded || cited.some(([a, b]) => a === recorded[0] && b === recorded[1])) return;
  const what = ref.goal !== undefined ? `goal ${ref.goal}` : `goals ${ref.from}-${ref.to}`;
  ctx.reportAt(
    'cited-as-unexplained',
    entry,
    ['goals', k, 'citedAs'],
    `the source prints "${ref.citedAs}" but the reference records ${what}, with no note saying why`,
  );
}

/**
 * Why a goal number may look missing: goals of the document whose `number` is not a number
 * (already a schema error) could be the one meant. "" when there are none.
 */
function unreadable(doc: DocumentInfo, from: RawEntry): string {
  if (doc.unnumbered.length === 0) return '';
  const first = doc.unnumbered[0]!;
  const more = doc.unnumbered.length > 1 ? ` and ${doc.unnumbered.length - 1} more` : '';
  const value = JSON.stringify((first.data as { number?: unknown }).number);
  return `; the goal at ${where(first, ['number'], from)}${more} has number: ${value}, which is not a goal number – fix that first`;
}

export function checkGoalReferences(ctx: CheckContext): void {
  /** Goal numbers served, per document folder. */
  const served = new Map<string, Set<number>>();
  /** Folders whose goals are the target of at least one reference. */
  const linked = new Set<string>();
  /** Folders where at least one initiative cites a goal. */
  const citing = new Set<string>();

  for (const initiative of ctx.valid.initiatives) {
    const own = initiative.document;
    const entry = initiative.raw;
    if (initiative.data.goals.length > 0 && own !== undefined) citing.add(own);
    initiative.data.goals.forEach((ref, k) => {
      checkCitedAs(ctx, entry, k, ref);
      const doc = ref.document !== undefined ? ctx.documents.get(ref.document) : own !== undefined ? ctx.folders.get(own) : undefined;
      if (!doc) return; // unknown-document is reported by refs.ts
      linked.add(doc.folder);
      const servedHere = served.get(doc.folder) ?? served.set(doc.folder, new Set()).get(doc.folder)!;
      const inDoc = ref.document !== undefined && doc.folder !== own ? `document "${doc.id}"` : 'this document';
      const numbers =
        (doc.goals.size > 0 ? `its goals: ${describeNumbers(doc.goals.keys())}` : 'it has no numbered goals') + unreadable(doc, entry);

      if (ref.goal !== undefined) {
        const goal = doc.goals.get(ref.goal);
        if (!goal) {
          ctx.reportAt('goal-missing', entry, ['goals', k, 'goal'], `cites Mål ${ref.goal}, but ${inDoc} has no goal numbered ${ref.goal} (${numbers})`);
          return;
        }
        servedHere.add(ref.goal);
        checkQuote(ctx, entry, k, ref, doc, goal);
        return;
      }
      const { from, to } = ref;
      if (from === undefined || to === undefined) return;
      if (from > to) {
        ctx.reportAt('goal-range-invalid', entry, ['goals', k, 'from'], `goal range ${from}-${to} is reversed: from must not be greater than to`);
        return;
      }
      const missing = [from, to].filter((n) => !doc.goals.has(n));
      if (missing.length > 0) {
        ctx.reportAt(
          'goal-range-invalid',
          entry,
          ['goals', k, doc.goals.has(from) ? 'to' : 'from'],
          `goal range ${from}-${to} reaches past the goals of ${inDoc}: no goal numbered ${missing.join(' or ')} (${numbers})`,
        );
        return;
      }
      for (let n = from; n <= to; n++) if (doc.goals.has(n)) servedHere.add(n);
    });
  }

  // Coverage warnings, only where the document uses goal links at all (see rules.ts).
  const validGoals = new Set(ctx.valid.goals.map((g) => g.raw));
  for (const folder of linked) {
    const doc = ctx.folders.get(folder)!;
    for (const goal of doc.goals.values()) {
      if (!validGoals.has(goal.entry) || served.get(folder)?.has(goal.number)) continue;
      const id = (goal.entry.data as { id: string }).id;
      ctx.reportAt('goal-unserved', goal.entry, [], `${goal.label} (goal "${id}") is served by no initiative`);
    }
  }
  for (const initiative of ctx.valid.initiatives) {
    if (initiative.data.goals.length > 0 || initiative.document === undefined || !citing.has(initiative.document)) continue;
    const truncated = initiative.data.notes.some((n) => n.kind === 'truncated');
    ctx.reportAt(
      'initiative-without-goals',
      initiative,
      [],
      `initiative "${initiative.data.id}" serves no goal, though other initiatives of this document cite goals${truncated ? ' (its source is cut off, see its truncated note)' : ''}`,
    );
  }
}
