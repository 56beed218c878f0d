/**
 * Every target of the catalogue with its status: each measure of each goal, a goal's own deadline
 * (when it has no measure), each target an initiative states and each success criterion. Pure:
 * built from the catalogue and the build year; the pages (/frister/, goal and initiative pages,
 * /nationale-maal/) and the exports read these rows, so they always agree.
 */
import type { Catalogue, GoalEntry, InitiativeEntry } from '../catalogue/model';
import { urls } from '../catalogue/urls';
import type { Target } from '../collections/schemas';
import type { NationalLink } from './national';
import { linkKey } from './national';
import type { FollowUp } from './schema';
import { targetStatus, type TargetStatus } from './status';
import { statusText } from './status-rules';

export type TargetKind = 'measure' | 'deadline' | 'target' | 'successCriterion';

/** One target and its status. */
export interface TargetRow {
  /** Stable key: "<entry id>/<kind>-<position>" (for criteria the position among all criteria). */
  key: string;
  kind: TargetKind;
  position: number;
  entryType: 'goal' | 'initiative';
  entryId: string;
  /** "Mål 4", "Ad 1", … as printed. */
  entryLabel?: string;
  entryTitle: string;
  /** The page the target is shown on, with the entry's anchor on a document page as fallback. */
  url: string;
  documentId: string;
  documentTitle: string;
  municipalityId?: string;
  municipalityName?: string;
  themes: string[];
  /** What is measured (a measure) or the criterion as printed. */
  description?: string;
  /** The target as the source words it. */
  targetText?: string;
  unit?: string;
  baseline?: { value: number; year: number; text?: string };
  targetValue?: number;
  comparator?: Target['comparator'];
  unfilled?: boolean;
  deadlineYear?: number;
  deadlineText?: string;
  followUps: FollowUp[];
  status: TargetStatus;
  /** The status in Danish as shown next to the deadline. */
  statusText: string;
  /** Ids of the national goals the editor links the entry (goal) or criterion to. */
  nationalGoals: string[];
}

/** The year of the build: from SOURCE_DATE_EPOCH (seconds) when set, else today (UTC). */
export function buildYear(env: Record<string, string | undefined> = process.env): number {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch * 1000 : Date.now()).getUTCFullYear();
}

interface Parts {
  description?: string;
  unit?: string;
  baseline?: TargetRow['baseline'];
  target?: Target;
  deadline?: { year: number; text?: string };
  direction?: 'increase' | 'decrease';
  followUps?: FollowUp[];
}

/** Every target of the catalogue, in the catalogue's order, with statuses at `year`. */
export function collectTargets(c: Catalogue, year: number, links: readonly NationalLink[] = []): TargetRow[] {
  const national = new Map(links.map((l) => [linkKey(l), l.nationalGoals] as const));
  const rows: TargetRow[] = [];

  const push = (e: GoalEntry | InitiativeEntry, entryType: TargetRow['entryType'], kind: TargetKind, position: number, p: Parts, linkAs: string) => {
    const doc = c.document(e.document);
    const muni = doc?.municipality ? c.municipality(doc.municipality) : undefined;
    const target = p.target;
    const deadline = p.deadline ?? target?.deadline;
    const followUps = p.followUps ?? [];
    const unit = p.unit ?? target?.unit;
    const status = targetStatus(
      {
        unit,
        baseline: p.baseline,
        targetValue: target?.unfilled ? undefined : target?.value,
        targetUnit: target?.unit,
        comparator: target?.comparator,
        deadlineYear: deadline?.year,
        direction: p.direction,
        followUps,
      },
      year,
    );
    rows.push({
      key: `${e.id}/${kind}-${position}`,
      kind,
      position,
      entryType,
      entryId: e.id,
      entryLabel: e.label,
      entryTitle: e.title,
      url: entryType === 'goal' ? urls.goal(e.id) : urls.initiative(e.id),
      documentId: e.document,
      documentTitle: doc?.title ?? e.document,
      municipalityId: muni?.id,
      municipalityName: muni?.name,
      themes: e.themes,
      description: p.description,
      targetText: target?.text,
      unit,
      baseline: p.baseline,
      targetValue: target?.value,
      comparator: target?.comparator,
      unfilled: target?.unfilled || undefined,
      deadlineYear: deadline?.year,
      deadlineText: deadline?.text,
      followUps,
      status,
      statusText: statusText(status),
      nationalGoals: national.get(linkAs) ?? [],
    });
  };

  for (const g of c.goals) {
    g.measures.forEach((m, k) =>
      push(g, 'goal', 'measure', k + 1, { description: m.description, unit: m.unit, baseline: m.baseline, target: m.target, direction: m.direction, followUps: m.followUps }, g.id),
    );
    if (g.measures.length === 0) push(g, 'goal', 'deadline', 1, { deadline: g.deadline, description: g.title }, g.id);
  }
  for (const i of c.initiatives) {
    i.targets.forEach((t, k) => push(i, 'initiative', 'target', k + 1, { target: t, description: t.text }, `${i.id}#target`));
    i.successCriteria.forEach((s, k) =>
      push(i, 'initiative', 'successCriterion', k + 1, { description: s.text, target: s.target, direction: s.direction, followUps: s.followUps }, `${i.id}#${k + 1}`),
    );
  }
  return rows;
}

/** The rows with a deadline, grouped by deadline year, earliest year first (as a reader reads a timeline). */
export function byDeadlineYear(rows: readonly TargetRow[]): { year: number; rows: TargetRow[] }[] {
  const groups = new Map<number, TargetRow[]>();
  for (const r of rows) if (r.deadlineYear !== undefined) (groups.get(r.deadlineYear) ?? groups.set(r.deadlineYear, []).get(r.deadlineYear)!).push(r);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, rows: list }));
}
