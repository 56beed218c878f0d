/** Danish formatting of dates, numbers and money. */
const dateFmt = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const moneyFmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** "2016-01-13" → "13. januar 2016". */
export function formatDate(iso: string): string {
  return dateFmt.format(new Date(`${iso}T00:00:00Z`));
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
  if (p.from !== undefined) return p.text ? `${p.from} (»${p.text}«)` : `fra ${p.from}`;
  if (p.to !== undefined) return `til ${p.to}`;
  return p.text && `»${p.text}«`;
}
