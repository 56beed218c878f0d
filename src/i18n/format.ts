/** Danish formatting of dates, numbers and money. */
import { t } from './index';

const dateFmt = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const moneyFmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/**
 * "2016-01-13" → "13. januar 2016". A date that does not exist ("2016-02-30", "2016-13-45") is
 * an error, never silently moved to another day: the schemas refuse such dates, so reaching this
 * means a value bypassed them.
 */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`"${iso}" is not a real calendar date (YYYY-MM-DD)`);
  }
  return dateFmt.format(date);
}

/** 1.8 → "1,8"; 1437504 → "1.437.504". */
export function formatNumber(n: number): string {
  return numberFmt.format(n);
}

/** 1437504 → "1.437.504 kr." */
export function formatKroner(n: number): string {
  return `${moneyFmt.format(n)} kr.`;
}

/**
 * A period { from, to, text } as Danish text: "2015–2018", "fra 2016", "2012 (»over de næste to
 * år«)". `text` is the source's wording, so it is quoted: the reader sees which words are the source's.
 */
export function formatPeriod(p: { from?: number; to?: number; text?: string } | undefined): string | undefined {
  if (!p) return undefined;
  if (p.from !== undefined && p.to !== undefined) return p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`;
  if (p.from !== undefined) return p.text ? `${p.from} (»${p.text}«)` : t('period.from', { year: p.from });
  if (p.to !== undefined) return t('period.to', { year: p.to });
  return p.text && `»${p.text}«`;
}
