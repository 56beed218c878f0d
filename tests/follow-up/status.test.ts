/** The status rules (src/follow-up/status.ts) on fixtures: every status and the edges of issue 13. */
import { describe, expect, it } from 'vitest';
import { gradeOf, reachedWhen, targetStatus, THRESHOLDS, type StatusInput } from '../../src/follow-up/status';
import { formatShare, statusLabel, statusRules, statusText } from '../../src/follow-up/status-rules';
import { STATUS_IDS } from '../../src/follow-up/status';

const pp = 'procentpoint';
/** Hillerød Mål 4, first measure: 25 procentpoint in 2013 → 22 by 2018 (a "nedbragt" goal). */
const gap: StatusInput = { unit: pp, baseline: { value: 25, year: 2013 }, targetValue: 22, targetUnit: pp, deadlineYear: 2018, followUps: [] };
const fu = (year: number, value: number, unit = pp) => ({ year, value, unit });

describe('statuses without follow-up', () => {
  it('deadline passed, nothing recorded: "frist passeret – ingen opfølgning registreret"', () => {
    expect(targetStatus(gap, 2025)).toEqual({ status: 'overdue' });
    expect(statusLabel('overdue')).toBe('frist passeret – ingen opfølgning registreret');
  });
  it('deadline this year is not passed: awaiting', () => {
    expect(targetStatus(gap, 2018).status).toBe('awaiting');
    expect(targetStatus(gap, 2019).status).toBe('overdue');
  });
  it('a number without a deadline: no-deadline', () => {
    expect(targetStatus({ ...gap, deadlineYear: undefined }, 2025).status).toBe('no-deadline');
  });
  it('words only (no number): no-number, unless the deadline has passed', () => {
    const words: StatusInput = { deadlineYear: 2010, followUps: [] };
    expect(targetStatus(words, 2025).status).toBe('overdue');
    expect(targetStatus(words, 2010).status).toBe('no-number');
    expect(targetStatus({ followUps: [] }, 2025).status).toBe('no-number');
  });
});

describe('reached and not reached', () => {
  it('a "fald" goal (target below baseline) is reached when the value is at or below the target', () => {
    expect(reachedWhen(gap)).toBe('at-most');
    expect(targetStatus({ ...gap, followUps: [fu(2016, 22)] }, 2017).status).toBe('reached');
    expect(targetStatus({ ...gap, followUps: [fu(2016, 21.5)] }, 2017).status).toBe('reached');
  });
  it('a rising goal (target above baseline, negative values: −1,8 → 0) is reached at or above', () => {
    const rise: StatusInput = { unit: pp, baseline: { value: -1.8, year: 2013 }, targetValue: 0, deadlineYear: 2018, followUps: [fu(2018, 0.2)] };
    expect(targetStatus(rise, 2025).status).toBe('reached');
  });
  it('"mindst" on a target that holds the baseline: reached at or above, off track (moving away) below', () => {
    const hold: StatusInput = { unit: pp, baseline: { value: 6, year: 2013 }, targetValue: 6, comparator: 'mindst', deadlineYear: 2018, followUps: [fu(2015, 6)] };
    expect(targetStatus(hold, 2016).status).toBe('reached');
    const below = targetStatus({ ...hold, followUps: [fu(2015, 5)] }, 2016);
    expect(below).toMatchObject({ status: 'off-track', grade: 'deterioration' });
  });
  it('"højst" bounds from above even when the baseline is lower', () => {
    expect(reachedWhen({ comparator: 'højst', baseline: { value: 1, year: 2010 }, targetValue: 5 })).toBe('at-most');
  });
  it('deadline passed with a value from the deadline year that misses: not-reached', () => {
    expect(targetStatus({ ...gap, followUps: [fu(2018, 23)] }, 2025).status).toBe('not-reached');
  });
  it('deadline passed with only earlier values: overdue-stale (we do not know the result)', () => {
    expect(targetStatus({ ...gap, followUps: [fu(2016, 23)] }, 2025).status).toBe('overdue-stale');
  });
  it('the latest value decides, whatever order the follow-ups are written in', () => {
    const s = targetStatus({ ...gap, followUps: [fu(2017, 21), fu(2015, 24)] }, 2017);
    expect(s).toMatchObject({ status: 'reached', latest: { year: 2017 } });
  });
});

describe('on track / not on track (Open SDG ratio, linear)', () => {
  // Needed: (22 − 25) / (2018 − 2013) = −0.6 per year.
  it('progress at the needed pace or faster (ratio ≥ 0.95): on-track, with the figures', () => {
    const s = targetStatus({ ...gap, followUps: [fu(2015, 23.8)] }, 2016);
    expect(s.status).toBe('on-track');
    expect(s.neededPerYear).toBeCloseTo(-0.6);
    expect(s.madePerYear).toBeCloseTo(-0.6);
    expect(s.ratio).toBeCloseTo(1);
  });
  it('exactly at the threshold counts as on track; just below does not', () => {
    // ratio = made / needed; made over 2 years = 2 × 0.6 × ratio.
    const at = targetStatus({ ...gap, followUps: [fu(2015, 25 - 2 * 0.6 * THRESHOLDS.onTrack)] }, 2016);
    expect(at.status).toBe('on-track');
    const below = targetStatus({ ...gap, followUps: [fu(2015, 25 - 2 * 0.6 * 0.94)] }, 2016);
    expect(below).toMatchObject({ status: 'off-track', grade: 'moderate' });
  });
  it('the bands below on track: moderate ≥ 0.6, limited ≥ 0, deterioration < 0', () => {
    expect(targetStatus({ ...gap, followUps: [fu(2015, 25 - 2 * 0.6 * 0.3)] }, 2016)).toMatchObject({ status: 'off-track', grade: 'limited' });
    expect(targetStatus({ ...gap, followUps: [fu(2015, 25)] }, 2016)).toMatchObject({ status: 'off-track', grade: 'limited', ratio: 0 });
    expect(targetStatus({ ...gap, followUps: [fu(2015, 26)] }, 2016)).toMatchObject({ status: 'off-track', grade: 'deterioration' });
    expect([gradeOf(0.6), gradeOf(0.59), gradeOf(0), gradeOf(-0.01)]).toEqual(['moderate', 'limited', 'limited', 'deterioration']);
  });
  it('a rising goal that crosses zero (where a growth rate is undefined) is measured linearly', () => {
    const rise: StatusInput = { unit: pp, baseline: { value: -1.8, year: 2013 }, targetValue: 0, deadlineYear: 2018, followUps: [fu(2016, -0.7)] };
    const s = targetStatus(rise, 2017);
    expect(s.status).toBe('on-track');
    expect(s.ratio).toBeCloseTo((1.1 / 3) / (1.8 / 5));
  });
  it('percentage points, not per cent: 48 % → 54 % is +6 points, judged against the points needed', () => {
    const share: StatusInput = { unit: '%', baseline: { value: 48, year: 2012 }, targetValue: 58, deadlineYear: 2022, followUps: [fu(2017, 54, '%')] };
    const s = targetStatus(share, 2018);
    expect(s.madePerYear).toBeCloseTo(6 / 5); // 1.2 points a year, not a 12.5 % rise
    expect(s.neededPerYear).toBeCloseTo(1);
    expect(s.status).toBe('on-track');
  });
  it('a follow-up in per cent for a measure in procentpoint is never compared', () => {
    const s = targetStatus({ ...gap, followUps: [fu(2015, 20, '%')] }, 2016);
    expect(s).toMatchObject({ status: 'not-assessable', reason: 'unit' });
  });
  it('a target in another unit than its measure is not compared either', () => {
    expect(targetStatus({ ...gap, targetUnit: '%', followUps: [fu(2015, 24)] }, 2016)).toMatchObject({ status: 'not-assessable', reason: 'unit' });
  });
  it('deadline this year with a value from this year: still judged on the pace (not yet "ikke nået")', () => {
    const s = targetStatus({ ...gap, followUps: [fu(2018, 22.4)] }, 2018);
    expect(s.status).toBe('off-track');
    expect(s.ratio).toBeCloseTo(2.6 / 3);
  });
});

describe('not assessable and the editor’s direction', () => {
  const noBase: StatusInput = { unit: 'etniske iværksættere', targetValue: 40, deadlineYear: 2030, followUps: [fu(2026, 30, 'etniske iværksættere')] };
  it('no baseline and no comparator: the direction is unknown', () => {
    expect(targetStatus(noBase, 2027)).toMatchObject({ status: 'not-assessable', reason: 'direction' });
  });
  it('with the editor’s direction it can be reached, but without a baseline there is no pace', () => {
    expect(targetStatus({ ...noBase, direction: 'increase' }, 2027)).toMatchObject({ status: 'not-assessable', reason: 'no-baseline' });
    expect(targetStatus({ ...noBase, direction: 'increase', followUps: [fu(2026, 41, 'etniske iværksættere')] }, 2027).status).toBe('reached');
  });
  it('a "fald" goal stated in words only, with the editor’s direction "decrease"', () => {
    const fall: StatusInput = { unit: pp, targetValue: 1, direction: 'decrease', deadlineYear: 2030, followUps: [fu(2026, 0.5)] };
    expect(targetStatus(fall, 2027).status).toBe('reached');
  });
  it('a follow-up not later than the baseline gives no pace', () => {
    expect(targetStatus({ ...gap, followUps: [fu(2013, 24)] }, 2014)).toMatchObject({ status: 'not-assessable', reason: 'no-later-value' });
  });
  it('a deadline not after the baseline gives no pace', () => {
    expect(targetStatus({ ...gap, deadlineYear: 2013, followUps: [fu(2013, 24)] }, 2013)).toMatchObject({ status: 'not-assessable', reason: 'deadline-before-baseline' });
  });
  it('a target without a deadline that is not reached: no-deadline', () => {
    expect(targetStatus({ ...gap, deadlineYear: undefined, followUps: [fu(2015, 24)] }, 2025).status).toBe('no-deadline');
  });
});

describe('the rules in Danish', () => {
  it('every status has a label and a rule, and the thresholds in the text are the ones applied', () => {
    const rules = statusRules();
    expect(rules.map((r) => r.id)).toEqual([...STATUS_IDS]);
    for (const r of rules) {
      expect(r.label.length).toBeGreaterThan(3);
      expect(r.rule).not.toMatch(/[{}]/);
    }
    const onTrack = rules.find((r) => r.id === 'on-track')!.rule;
    expect(onTrack).toContain(formatShare(THRESHOLDS.onTrack));
    expect(formatShare(0.95)).toMatch(/^95\s?%$/);
    expect(rules.find((r) => r.id === 'off-track')!.rule).toContain(formatShare(THRESHOLDS.moderate));
  });
  it('statusText adds the band or the reason', () => {
    expect(statusText({ status: 'off-track', grade: 'moderate' })).toBe('ikke på rette spor (for langsomt)');
    expect(statusText({ status: 'not-assessable', reason: 'unit' })).toBe('kan ikke vurderes: opfølgningen er i en anden enhed end målet');
    expect(statusText({ status: 'overdue' })).toBe('frist passeret – ingen opfølgning registreret');
  });
});
