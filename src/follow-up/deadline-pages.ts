/**
 * The pages of /frister/: an overview by year (/frister/) and one list per deadline year
 * (/frister/<year>/), paginated like the lists of src/lists/ (PAGE_SIZE entries a page, page n at
 * /frister/<year>/<n>/), so no page grows with the catalogue. Within a year the entries are
 * ordered by municipality (Danish order), then as the catalogue holds them, so one municipality's
 * deadlines stand together and a reader without JavaScript can jump to them. Pure: the routes,
 * the year data for the filters and the permalink lock (src/permalinks/input.ts pagedUrls) all read
 * these functions, so they always agree.
 */
import type { Catalogue } from '../catalogue/model';
import { urls } from '../catalogue/urls';
import { byMunicipality, municipalityStarts, rowPages, type MunicipalityStart, type RowPage } from './paging';
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
  municipalityPages: MunicipalityStart[];
}

/** Every dated row grouped by deadline year (earliest first), each year in page order. */
export function deadlineYears(rows: readonly TargetRow[]): DeadlineYear[] {
  const groups = new Map<number, TargetRow[]>();
  for (const r of rows) if (r.deadlineYear !== undefined) (groups.get(r.deadlineYear) ?? groups.set(r.deadlineYear, []).get(r.deadlineYear)!).push(r);
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const sorted = byMunicipality(list); // stable: the catalogue's order within a municipality
      const statuses: Partial<Record<StatusId, number>> = {};
      for (const s of STATUS_IDS) {
        const n = sorted.filter((r) => r.status.status === s).length;
        if (n > 0) statuses[s] = n;
      }
      return { year, rows: sorted, statuses, municipalityPages: municipalityStarts(sorted) };
    });
}

/** The page n of a deadline year: /frister/2018/, /frister/2018/2/ … */
export const deadlineYearPage = (year: number, n = 1) => urls.listPage(urls.deadlineYear(year), n);

/** The anchor of an entry on its page (the row's stable key). */
export const deadlineAnchor = (r: Pick<TargetRow, 'key'>) => r.key.replace('/', '--');

/** One page of a deadline year. */
export interface DeadlinePage extends RowPage {
  year: DeadlineYear;
  /** The deadline years before and after this one, if any. */
  before?: number;
  after?: number;
}

/** Every page of every deadline year: PAGE_SIZE rows a page, each year starting a page of its own. */
export function deadlinePages(years: readonly DeadlineYear[]): DeadlinePage[] {
  return years.flatMap((year, i) =>
    rowPages(year.rows, urls.deadlineYear(year.year)).map((page) => ({
      ...page,
      year,
      ...(i > 0 ? { before: years[i - 1]!.year } : {}),
      ...(i < years.length - 1 ? { after: years[i + 1]!.year } : {}),
    })),
  );
}

/** Every address of the deadline year pages, for the permalink lock. */
export function deadlinePageUrls(c: Catalogue): string[] {
  return deadlinePages(deadlineYears(collectTargets(c, buildYear()))).map((p) => p.url);
}
