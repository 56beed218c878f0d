/**
 * The pages of /frister/: an overview by year (/frister/) and one list per deadline year
 * (/frister/<year>/), paginated like the lists of src/lists/ (PAGE_SIZE entries a page, page n at
 * /frister/<year>/<n>/), so no page grows with the catalogue. Within a year the entries are
 * ordered by municipality (Danish order), then as the catalogue holds them, so one municipality's
 * deadlines stand together and a reader without JavaScript can jump to them. Pure: the routes,
 * the year data for the filters and the permalink lock (src/lists/lists.ts listPageUrls) all read
 * these functions, so they always agree.
 */
import type { Catalogue } from '../catalogue/model';
import { urls } from '../catalogue/urls';
import { PAGE_SIZE, pageCount, pageUrls } from '../lists/lists';
import { STATUS_IDS, type StatusId } from './status';
import { buildYear, collectTargets, type TargetRow } from './targets';

/** The route of a deadline year's pages (src/pages/frister/[year]/[...page].astro), for the permalink scan. */
export const DEADLINE_ROUTE = 'frister/[year]/[...page]';

/** One deadline year: its entries in page order and their number per status. */
export interface DeadlineYear {
  year: number;
  rows: TargetRow[];
  /** Entries per status, only statuses that occur. */
  statuses: Partial<Record<StatusId, number>>;
  /** Page numbers on which each municipality's entries start ("" for entries without one). */
  municipalityPages: { id: string; name: string; page: number; count: number }[];
}

const byMunicipality = (a: TargetRow, b: TargetRow) => {
  // Entries without a municipality (a national publication) come last.
  if (!a.municipalityName || !b.municipalityName) return (a.municipalityName ? 0 : 1) - (b.municipalityName ? 0 : 1);
  return a.municipalityName.localeCompare(b.municipalityName, 'da');
};

/** Every dated row grouped by deadline year (earliest first), each year in page order. */
export function deadlineYears(rows: readonly TargetRow[]): DeadlineYear[] {
  const groups = new Map<number, TargetRow[]>();
  for (const r of rows) if (r.deadlineYear !== undefined) (groups.get(r.deadlineYear) ?? groups.set(r.deadlineYear, []).get(r.deadlineYear)!).push(r);
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const sorted = [...list].sort(byMunicipality); // stable: the catalogue's order within a municipality
      const statuses: Partial<Record<StatusId, number>> = {};
      for (const s of STATUS_IDS) {
        const n = sorted.filter((r) => r.status.status === s).length;
        if (n > 0) statuses[s] = n;
      }
      const municipalityPages: DeadlineYear['municipalityPages'] = [];
      sorted.forEach((r, i) => {
        const id = r.municipalityId ?? '';
        const last = municipalityPages[municipalityPages.length - 1];
        if (last && last.id === id) last.count++;
        else municipalityPages.push({ id, name: r.municipalityName ?? '', page: Math.floor(i / PAGE_SIZE) + 1, count: 1 });
      });
      return { year, rows: sorted, statuses, municipalityPages };
    });
}

/** The page n of a deadline year: /frister/2018/, /frister/2018/2/ … */
export const deadlineYearPage = (year: number, n = 1) => urls.listPage(urls.deadlineYear(year), n);

/** The anchor of an entry on its page (the row's stable key). */
export const deadlineAnchor = (r: Pick<TargetRow, 'key'>) => r.key.replace('/', '--');

/** One page of a deadline year. */
export interface DeadlinePage {
  year: DeadlineYear;
  /** Page number, from 1. */
  n: number;
  last: number;
  /** Index in the year's rows of this page's first row. */
  start: number;
  rows: TargetRow[];
  url: string;
  /** The deadline years before and after this one, if any. */
  before?: number;
  after?: number;
}

/** Every page of every deadline year: PAGE_SIZE rows a page, each year starting a page of its own. */
export function deadlinePages(years: readonly DeadlineYear[]): DeadlinePage[] {
  return years.flatMap((year, i) => {
    const last = pageCount(year.rows.length);
    const urlsOf = pageUrls(urls.deadlineYear(year.year), year.rows.length);
    return Array.from({ length: last }, (_, k) => ({
      year,
      n: k + 1,
      last,
      start: k * PAGE_SIZE,
      rows: year.rows.slice(k * PAGE_SIZE, (k + 1) * PAGE_SIZE),
      url: urlsOf[k]!,
      ...(i > 0 ? { before: years[i - 1]!.year } : {}),
      ...(i < years.length - 1 ? { after: years[i + 1]!.year } : {}),
    }));
  });
}

/** Every address of the deadline year pages, for the permalink lock. */
export function deadlinePageUrls(c: Catalogue): string[] {
  return deadlinePages(deadlineYears(collectTargets(c, buildYear()))).map((p) => p.url);
}
