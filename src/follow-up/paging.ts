/**
 * What the paginated follow-up pages (/frister/<year>/, /nationale-maal/<id>/) share: rows in
 * municipality order, cut into pages of the lists' PAGE_SIZE (src/lists/lists.ts), and the page
 * on which each municipality's rows start (the "Gå til en kommune" list, which works without
 * JavaScript).
 */
import { PAGE_SIZE, pageCount, pageUrls } from '../lists/lists';
import type { TargetRow } from './targets';

/** Rows by municipality name (Danish order), rows without a municipality last; stable within one. */
export function byMunicipality(rows: readonly TargetRow[]): TargetRow[] {
  return [...rows].sort((a, b) => {
    if (!a.municipalityName || !b.municipalityName) return (a.municipalityName ? 0 : 1) - (b.municipalityName ? 0 : 1);
    return a.municipalityName.localeCompare(b.municipalityName, 'da');
  });
}

/** Where a municipality's rows start: its id ("" for rows without one), name, page and number of rows. */
export interface MunicipalityStart {
  id: string;
  name: string;
  page: number;
  count: number;
}

/** The page each municipality's rows start on, for rows in municipality order. */
export function municipalityStarts(sorted: readonly TargetRow[]): MunicipalityStart[] {
  const starts: MunicipalityStart[] = [];
  sorted.forEach((r, i) => {
    const id = r.municipalityId ?? '';
    const last = starts[starts.length - 1];
    if (last && last.id === id) last.count++;
    else starts.push({ id, name: r.municipalityName ?? '', page: Math.floor(i / PAGE_SIZE) + 1, count: 1 });
  });
  return starts;
}

/** One page of rows. */
export interface RowPage {
  /** Page number, from 1. */
  n: number;
  last: number;
  /** Index in all rows of this page's first row. */
  start: number;
  rows: TargetRow[];
  url: string;
}

/** `rows` cut into pages of PAGE_SIZE, the first at `first`, page n at `<first><n>/` (an empty list still has its first page). */
export function rowPages(rows: readonly TargetRow[], first: string): RowPage[] {
  const last = pageCount(rows.length);
  const addresses = pageUrls(first, rows.length);
  return Array.from({ length: last }, (_, k) => ({ n: k + 1, last, start: k * PAGE_SIZE, rows: rows.slice(k * PAGE_SIZE, (k + 1) * PAGE_SIZE), url: addresses[k]! }));
}
