/**
 * The status of a target: computed from its baseline, target, deadline, the follow-up values
 * recorded for it and the build date. Pure (no Astro, no file system), so the rules are tested on
 * fixtures and written down for readers on /om/status/ from the same constants (`status-rules.ts`).
 *
 * "On track" follows Open SDG's progress measure for a quantitative target (open-sdg/sdg-build,
 * sdg/ProgressMeasure.py, "methodology 2"): the progress made per year since the baseline is
 * divided by the progress needed per year to reach the target by its deadline, and the ratio is
 * compared with fixed thresholds (0.95, 0.6 and 0). Open SDG measures progress as a compound annual
 * growth rate; the catalogue's measures are often differences that are negative or zero
 * ("1,8 procentpoint under landsgennemsnittet" is −1.8, the target 0), where a growth rate is not
 * defined, so the rate here is the change per year in the measure's own unit (linear). A change
 * from 48 % to 54 % is 6 procentpoint, never "12.5 per cent".
 */

/** Every status a target can have, in the order a reader meets them on /om/status/. */
export const STATUS_IDS = [
  'reached',
  'on-track',
  'off-track',
  'not-reached',
  'overdue',
  'overdue-stale',
  'awaiting',
  'not-assessable',
  'no-deadline',
  'no-number',
] as const;
export type StatusId = (typeof STATUS_IDS)[number];

/** Open SDG's thresholds for a quantitative target (ratio of progress made to progress needed). */
export const THRESHOLDS = {
  /** At or above: on track ("substantial progress" in Open SDG). */
  onTrack: 0.95,
  /** At or above (and below onTrack): moving the right way, but too slowly ("moderate progress"). */
  moderate: 0.6,
  /** At or above (and below moderate): hardly moving ("limited progress"); below: moving away ("deterioration"). */
  limited: 0,
} as const;

/** How far off track, by Open SDG's bands: moderate ≥ 0.6, limited ≥ 0, deterioration < 0. */
export type OffTrackGrade = 'moderate' | 'limited' | 'deterioration';

/** Why a status with follow-ups could not be judged. */
export type NotAssessableReason = 'direction' | 'no-baseline' | 'no-later-value' | 'unit' | 'deadline-before-baseline';

/** How a follow-up value must compare with the target for the target to count as reached. */
export type ReachedWhen = 'at-least' | 'at-most' | 'equal';

/** The direction the editor read from the words when the numbers do not say it (no baseline). */
export type Direction = 'increase' | 'decrease';

/** One recorded follow-up value. `date` (YYYY-MM-DD) is optional; `year` is what is compared. */
export interface FollowUpValue {
  value: number;
  unit: string;
  year: number;
  date?: string;
}

/** What the rules need to know about one target. */
export interface StatusInput {
  /** The measure's unit; follow-ups in another unit are not compared. */
  unit?: string;
  baseline?: { value: number; year: number };
  /** The target's number (absent: stated in words only, or left unfilled by the source). */
  targetValue?: number;
  /** The target's own unit, when given; it must equal `unit`. */
  targetUnit?: string;
  comparator?: 'mindst' | 'højst' | 'ca.' | 'præcis';
  /** Year the deadline falls in; a deadline counts as passed after 31 December of that year. */
  deadlineYear?: number;
  /** The editor's reading of the direction, used only when neither comparator nor baseline says it. */
  direction?: Direction;
  followUps: readonly FollowUpValue[];
}

/** The computed status and the figures behind it (for the page's explanation and the exports). */
export interface TargetStatus {
  status: StatusId;
  /** For off-track: Open SDG's band. */
  grade?: OffTrackGrade;
  /** For not-assessable: why. */
  reason?: NotAssessableReason;
  /** The follow-up the status rests on (the latest by year, then date). */
  latest?: FollowUpValue;
  /** Progress made per year since the baseline, in the measure's unit. */
  madePerYear?: number;
  /** Progress needed per year from the baseline to reach the target at the deadline. */
  neededPerYear?: number;
  /** madePerYear / neededPerYear. */
  ratio?: number;
  reachedWhen?: ReachedWhen;
}

/** The year a build date falls in (UTC), the "now" the rules compare deadlines with. */
export function buildYearOf(date: Date): number {
  return date.getUTCFullYear();
}

/**
 * How a value must compare with the target to count as reached: from the comparator ("mindst" →
 * at least, "højst" → at most), else from the baseline (target above it → at least, below → at most,
 * equal → equal), else from the editor's `direction`; undefined when nothing says it.
 */
export function reachedWhen(input: Pick<StatusInput, 'comparator' | 'baseline' | 'targetValue' | 'direction'>): ReachedWhen | undefined {
  if (input.comparator === 'mindst') return 'at-least';
  if (input.comparator === 'højst') return 'at-most';
  if (input.targetValue !== undefined && input.baseline) {
    if (input.targetValue > input.baseline.value) return 'at-least';
    if (input.targetValue < input.baseline.value) return 'at-most';
    return 'equal';
  }
  if (input.direction === 'increase') return 'at-least';
  if (input.direction === 'decrease') return 'at-most';
  return undefined;
}

/** Whether `value` reaches `target` in the sense of `when`. */
export function meets(value: number, target: number, when: ReachedWhen): boolean {
  if (when === 'at-least') return value >= target;
  if (when === 'at-most') return value <= target;
  return value === target;
}

/** Open SDG's band for a ratio below the on-track threshold. */
export function gradeOf(ratio: number): OffTrackGrade {
  if (ratio >= THRESHOLDS.moderate) return 'moderate';
  if (ratio >= THRESHOLDS.limited) return 'limited';
  return 'deterioration';
}

/** Follow-ups sorted by year, then date (an undated value of a year counts as its start). */
export function sortFollowUps<T extends FollowUpValue>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => a.year - b.year || (a.date ?? '').localeCompare(b.date ?? ''));
}

/**
 * The status of one target at `buildYear`. The rules, in order (see /om/status/):
 * 1. No number (words only, or unfilled): "frist passeret" when the deadline has passed, else "intet tal at måle".
 * 2. No follow-up: "frist passeret – ingen opfølgning registreret" after the deadline year,
 *    "ingen frist" without one, else "afventer opfølgning".
 * 3. A follow-up in another unit than the measure's is never compared ("kan ikke vurderes").
 * 4. The latest follow-up reaches the target → "nået" (also before the deadline).
 * 5. Deadline passed: a follow-up from the deadline year or later → "ikke nået"; only earlier ones →
 *    "frist passeret – ingen opfølgning fra fristens år".
 * 6. No deadline → "ingen frist". No baseline, or no value later than it → "kan ikke vurderes".
 * 7. Otherwise progress made per year ÷ progress needed per year: ≥ 0.95 "på rette spor", else "ikke på rette spor".
 */
export function targetStatus(input: StatusInput, buildYear: number): TargetStatus {
  const { baseline, targetValue, deadlineYear } = input;
  const passed = deadlineYear !== undefined && buildYear > deadlineYear;

  if (targetValue === undefined) return { status: passed ? 'overdue' : 'no-number' };

  if (input.followUps.length === 0) {
    if (passed) return { status: 'overdue' };
    return { status: deadlineYear === undefined ? 'no-deadline' : 'awaiting' };
  }

  const sorted = sortFollowUps(input.followUps);
  const latest = sorted[sorted.length - 1]!;
  const unit = input.unit ?? input.targetUnit;
  if ((input.targetUnit !== undefined && unit !== undefined && input.targetUnit !== unit) || sorted.some((f) => unit !== undefined && f.unit !== unit)) {
    return { status: 'not-assessable', reason: 'unit', latest };
  }

  const when = reachedWhen(input);
  if (!when) return { status: 'not-assessable', reason: 'direction', latest };
  if (meets(latest.value, targetValue, when)) return { status: 'reached', latest, reachedWhen: when };

  if (passed) {
    return latest.year >= deadlineYear! ? { status: 'not-reached', latest, reachedWhen: when } : { status: 'overdue-stale', latest, reachedWhen: when };
  }
  if (deadlineYear === undefined) return { status: 'no-deadline', latest, reachedWhen: when };
  if (!baseline) return { status: 'not-assessable', reason: 'no-baseline', latest, reachedWhen: when };
  if (deadlineYear <= baseline.year) return { status: 'not-assessable', reason: 'deadline-before-baseline', latest, reachedWhen: when };
  if (latest.year <= baseline.year) return { status: 'not-assessable', reason: 'no-later-value', latest, reachedWhen: when };

  const madePerYear = (latest.value - baseline.value) / (latest.year - baseline.year);
  const neededPerYear = (targetValue - baseline.value) / (deadlineYear - baseline.year);
  // A target that holds the baseline ("fastholdt") needs no change: not being there is moving away.
  const ratio = neededPerYear === 0 ? -Infinity : madePerYear / neededPerYear + 0; // + 0: no −0
  const figures = { latest, madePerYear, neededPerYear, ratio: Number.isFinite(ratio) ? ratio : undefined, reachedWhen: when };
  return ratio >= THRESHOLDS.onTrack ? { status: 'on-track', ...figures } : { status: 'off-track', grade: gradeOf(ratio), ...figures };
}
