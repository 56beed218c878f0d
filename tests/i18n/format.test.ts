import { describe, expect, it } from 'vitest';
import { count } from '../../src/i18n';
import { formatDate, formatKroner, formatNumber, formatPeriod } from '../../src/i18n/format';

describe('Danish formatting', () => {
  it('writes dates the Danish way', () => {
    expect(formatDate('2016-01-13')).toBe('13. januar 2016');
    expect(formatDate('2006-11-15')).toBe('15. november 2006');
    expect(formatDate('2016-02-29')).toBe('29. februar 2016');
    // An impossible date is an error, not another day (Date would turn 2016-02-30 into 1 March).
    expect(() => formatDate('2016-02-30')).toThrow(/not a real calendar date/);
    expect(() => formatDate('2015-02-29')).toThrow(/not a real calendar date/);
    expect(() => formatDate('2016-13-45')).toThrow(/not a real calendar date/);
  });

  it('uses a decimal comma and a thousands point', () => {
    expect(formatNumber(1.8)).toBe('1,8');
    expect(formatNumber(14.2)).toBe('14,2');
    expect(formatKroner(1437504)).toBe('1.437.504 kr.');
  });

  it('writes periods with an en dash', () => {
    expect(formatPeriod({ from: 2015, to: 2018 })).toBe('2015–2018');
    expect(formatPeriod({ from: 2016 })).toBe('fra 2016');
    // The source's wording is quoted, so the editor's year stays outside the source's words.
    expect(formatPeriod({ from: 2012, text: 'over de næste to år' })).toBe('2012 (»over de næste to år«)');
    expect(formatPeriod(undefined)).toBeUndefined();
  });

  it('uses the singular for one', () => {
    expect(count(1, 'count.initiatives')).toBe('1 indsats');
    expect(count(3, 'count.initiatives')).toBe('3 indsatser');
    expect(count(1, 'count.cases')).toBe('1 case');
    expect(count(1234, 'count.goals')).toBe('1.234 mål');
  });
});
