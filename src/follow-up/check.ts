/**
 * Checker rules for follow-up values (file:line for each): the unit is the measure's, the year is
 * not before the baseline's, and one year has one value unless a note says why. The source is
 * required by the schema (src/follow-up/schema.ts), so a value without one is a schema error.
 */
import type { CheckContext } from '../checker/model';
import type { FollowUp } from './schema';

type Path = (string | number)[];

interface Measured {
  unit?: string;
  baselineYear?: number;
  hasNumber: boolean;
  followUps: FollowUp[];
}

function checkList(ctx: CheckContext, entry: Parameters<CheckContext['reportAt']>[1], path: Path, m: Measured, what: string): void {
  const seen = new Map<number, number>();
  m.followUps.forEach((f, k) => {
    const at = [...path, 'followUps', k];
    if (!m.hasNumber) {
      ctx.reportAt('follow-up-unit', entry, at, `${what} has no number (target.value), so a follow-up value has nothing to be compared with`);
    } else if (m.unit !== undefined && f.unit !== m.unit) {
      ctx.reportAt('follow-up-unit', entry, [...at, 'unit'], `follow-up unit "${f.unit}" is not the unit of ${what} ("${m.unit}")`);
    }
    if (m.baselineYear !== undefined && f.year < m.baselineYear) {
      ctx.reportAt('follow-up-year', entry, [...at, 'year'], `follow-up year ${f.year} is before the baseline year ${m.baselineYear} of ${what}`);
    }
    const first = seen.get(f.year);
    if (first !== undefined && !f.note && !m.followUps[first]!.note) {
      ctx.reportAt('follow-up-duplicate-year', entry, [...at, 'year'], `${what} already has a follow-up value for ${f.year} (followUps[${first}]) and neither has a note saying why`);
    }
    if (first === undefined) seen.set(f.year, k);
  });
}

/** Every follow-up of every goal measure and success criterion. */
export function checkFollowUps(ctx: CheckContext): void {
  for (const g of ctx.valid.goals) {
    g.data.measures.forEach((m, k) =>
      checkList(ctx, g, ['measures', k], { unit: m.unit, baselineYear: m.baseline?.year, hasNumber: m.target?.value !== undefined || m.baseline !== undefined, followUps: m.followUps }, `measure ${k + 1} of goal "${g.data.id}"`),
    );
  }
  for (const i of ctx.valid.initiatives) {
    i.data.successCriteria.forEach((c, k) =>
      checkList(ctx, i, ['successCriteria', k], { unit: c.target?.unit, hasNumber: c.target?.value !== undefined, followUps: c.followUps }, `success criterion ${k + 1} of initiative "${i.data.id}"`),
    );
  }
}
